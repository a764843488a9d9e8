"""The emulation cycle: catalogue, organisation, registrations, decisions, notices, pages."""

from .calendar import CalendarException
from .catalogue import Award, AwardKind, RecipientKind
from .decisions import Decision, DecisionRecipient, DecisionStatus, DecisionStory
from .notices import CandidateNoticePage, NoticeCandidate, NoticeResponse, NoticeStatus
from .organisation import EmulationCluster, Unit
from .pages import DecisionIndexPage, HonourBoardPage, RegistrationTablePage
from .registrations import Registration, RegistrationRound

__all__ = [
    "Award",
    "AwardKind",
    "CalendarException",
    "CandidateNoticePage",
    "Decision",
    "DecisionIndexPage",
    "DecisionRecipient",
    "DecisionStatus",
    "DecisionStory",
    "EmulationCluster",
    "HonourBoardPage",
    "NoticeCandidate",
    "NoticeResponse",
    "NoticeStatus",
    "RecipientKind",
    "Registration",
    "RegistrationRound",
    "RegistrationTablePage",
    "Unit",
]
