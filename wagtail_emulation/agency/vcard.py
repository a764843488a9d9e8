"""A person's vCard (RFC 6350, version 4.0): what the pages show, no more."""

from django.utils.translation import gettext as _

from ..locale_vi import vn_slugify

# RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF, then one space).
LINE_OCTETS = 75


def escape(value):
    """RFC 6350 §3.4: backslash, comma, semicolon and newlines in a text value."""
    value = str(value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line):
    """Cut ``line`` into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces, current, size = [], "", 0
    for character in line:
        width = len(character.encode())
        limit = LINE_OCTETS if not pieces else LINE_OCTETS - 1  # the leading space counts
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += character
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def person_vcard(person, agency_name=""):
    """The vCard text of ``person``."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        f"FN:{escape(person.full_name)}",
        f"TITLE:{escape(person.position)}",
    ]
    organisation = [agency_name or person.unit.name]
    if agency_name and person.unit.name != agency_name:
        organisation.append(person.unit.name)
    lines.append("ORG:" + ";".join(escape(part) for part in organisation))
    if person.phone:
        lines.append(f"TEL;TYPE=work;VALUE=text:{escape(person.phone)}")
    if person.email:
        lines.append(f"EMAIL;TYPE=work:{escape(person.email)}")
    if person.is_spokesperson:
        lines.append(f"ROLE:{escape(_('Spokesperson'))}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def vcard_filename(person):
    return f"{vn_slugify(person.full_name) or 'lien-he'}.vcf"
