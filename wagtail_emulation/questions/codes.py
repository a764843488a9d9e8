"""Tracking codes: short, unguessable, easy to read aloud, looked up without timing leaks.

A code is drawn with :mod:`secrets` from 31 symbols: the digits and capital letters less 0/O
and 1/I/L, which readers confuse on paper and over the telephone. Eight symbols give
31⁸ ≈ 8.5 × 10¹¹ codes: with 100,000 questions stored and the default lookup limit, a
guesser needs years per IP address to hit any one of them (see docs/how-to/questions.md).

The database keeps a keyed hash of each code (``digest``) and the lookup asks for that hash:
what the lookup compares depends on the secret key, never on how much of a guessed code is
right, so timing tells a guesser nothing. Uniqueness is the hash column's unique index; a
collision (vanishingly rare) is retried by :func:`~.models.Question.receive`.
"""

import secrets

from ..client import keyed_hash
from .conf import app_settings

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUP = 4


def new_code():
    length = app_settings.QUESTIONS_CODE_LENGTH
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalize(typed):
    """The code a reader typed, as stored: capitals, without spaces or dashes; ``""`` when it
    cannot be a code (wrong length or a symbol codes never use)."""
    code = "".join(typed.split()).replace("-", "").upper()
    if len(code) != app_settings.QUESTIONS_CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return ""
    return code


def display(code):
    """``K7MQ3XPA`` → ``K7MQ-3XPA``: groups of four are easier to read out and copy."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def digest(code):
    return keyed_hash(code, purpose="questions.code")
