"""The English version (Decree 42/2022 Art. 7(2) as read in summaries): English pages for the
introduction, the organisation, the leaders and contacts, and the procedures list, translated
from the Vietnamese pages (the way wagtail.contrib.simple_translation does), and English
names, positions and functions for the units and the leaders. Built only when the site
serves English.
"""

from wagtail.models import Locale

from wagtail_emulation.agency.people import Person
from wagtail_emulation.languages import ENGLISH, english_enabled
from wagtail_emulation.organisation import Unit

from ..models import HomePage
from .agency import DEPARTMENT
from .utils import paragraphs

UNIT_NAMES = {
    DEPARTMENT: "Department of Justice of Điện Biên Province",
    "Văn phòng Sở (minh họa)": "Office of the Department (sample)",
    "Thanh tra Sở (minh họa)": "Inspectorate of the Department (sample)",
    "Phòng Xây dựng và Kiểm tra văn bản (minh họa)": "Law-Making and Review Division (sample)",
    "Phòng Hành chính tư pháp (minh họa)": "Judicial Administration Division (sample)",
    "Phòng Lý lịch tư pháp (minh họa)": "Criminal Records Division (sample)",
    "Phòng Phổ biến, giáo dục pháp luật (minh họa)": "Legal Education Division (sample)",
    "Trung tâm Trợ giúp pháp lý nhà nước (minh họa)": "State Legal Aid Centre (sample)",
    "Chi nhánh Trợ giúp pháp lý số 1 (minh họa)": "Legal Aid Branch No. 1 (sample)",
    "Phòng Công chứng số 1 (minh họa)": "Notary Office No. 1 (sample)",
}

# (full name, English position, English areas in charge, English biography)
PEOPLE = [
    ("Nguyễn Văn Minh (minh họa)", "Director",
     "General management; staff and organisation; finance; emulation and commendation.",
     "Born in 1972, Bachelor of Laws. He served many years in the province's justice "
     "service before being appointed Director."),
    ("Lò Thị Hạnh (minh họa)", "Deputy Director",
     "Law-making and review; legal education; grassroots mediation.",
     "Born in 1978, Master of Laws; formerly in charge of reviewing draft regulations."),
    ("Trần Quốc Bảo (minh họa)", "Deputy Director",
     "Judicial administration; criminal records; legal aid and legal services.",
     "Born in 1980, Bachelor of Laws and of Public Administration."),
    ("Vàng A Sùng (minh họa)", "Deputy Director",
     "Inspection; receiving citizens; anti-corruption; the Department's digital services.",
     "Born in 1983, Master of Laws; formerly Chief Inspector of the Department."),
    ("Phạm Thu Trang (minh họa)", "Chief of Office and spokesperson", "", ""),
    ("Đỗ Minh Khôi (minh họa)", "Office official, portal administrator", "", ""),
]  # fmt: skip

INTRODUCTION = {
    "history": paragraphs(
        "The province's justice service was set up on 25 May 1983 (sample date). It grew "
        "with the province from a small room in the People's Committee building into a "
        "department with an office, an inspectorate, specialised divisions and public "
        "service units.",
        "Since 1 July 2025, with local government on two levels, the Department guides the "
        "justice and civil status officials of the communes and wards directly.",
    ),
    "functions": paragraphs(
        "The Department of Justice is a specialised agency of the Provincial People's "
        "Committee. It advises the Committee on making and enforcing law, reviews legal "
        "documents, runs legal education and grassroots mediation, and manages civil "
        "status, nationality, certification, adoption, criminal records, state "
        "compensation, legal aid, lawyers, notaries, auctions and judicial expertise in "
        "the province (a sample summary).",
    ),
    "legal_basis": paragraphs(
        "The Provincial People's Committee's decision on the functions, duties, powers and "
        "organisation of the Department of Justice (sample number 00/2025/QĐ-UBND)."
    ),
}

# Vietnamese slug → (English slug, title, fields)
PAGES = {
    "gioi-thieu": ("about-us", "About us", {
        "body": paragraphs(
            "The Department of Justice advises the Provincial People's Committee on law and "
            "justice and serves the province's people and businesses. These pages introduce "
            "it in English: who it is, how it is organised, who leads it and how to reach it."
        ),
    }),
    "gioi-thieu-chung": ("introduction", "Introduction", INTRODUCTION),
    "co-cau-to-chuc": ("organisation", "Organisation", {}),
    "lanh-dao": ("leaders", "Leaders and contacts", {}),
    "thu-tuc-hanh-chinh": ("administrative-procedures", "Administrative procedures", {
        "intro": paragraphs(
            "The administrative procedures the Department and the communes handle in the "
            "field of justice. Each procedure is described in Vietnamese, as the national "
            "database of procedures publishes it; filter them by field or level."
        ),
    }),
}  # fmt: skip

HOME_INTRO = paragraphs(
    "Welcome to the English pages of a sample provincial Department of Justice portal. They "
    "introduce the Department, its organisation, its leaders and contacts, and list its "
    "administrative procedures.",
    "Everything on this site is sample text written to show the features.",
)


def translate_people_and_units():
    """English names and positions where editors left them empty."""
    for name, english in UNIT_NAMES.items():
        Unit.objects.filter(name=name, name_en="").update(name_en=english)
    for name, position, areas, biography in PEOPLE:
        Person.objects.filter(full_name=name, position_en="").update(
            position_en=position,
            areas_in_charge_en=areas,
            biography_en=paragraphs(biography) if biography else "",
        )


def translated(page, locale, slug, title, fields):
    """``page``'s English translation, made (as simple_translation's "Translate" does) and
    published with its English text if it is missing; an existing one is left as it is."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(locale)
    copy.title = copy.draft_title = title
    copy.slug = slug
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return copy


def translate_pages(home, locale):
    english_home = translated(home, locale, "home", "Home", {"intro": HOME_INTRO})
    # Parents before children: a translation goes under its parent's translation.
    for page in home.get_descendants().live().public().order_by("path"):
        entry = PAGES.get(page.slug)
        if entry is not None and page.get_parent().get_translation_or_none(locale):
            translated(page.specific, locale, *entry)
    return english_home


def build(home):
    if not english_enabled():
        return
    locale, _created = Locale.objects.get_or_create(language_code=ENGLISH)
    translate_people_and_units()
    translate_pages(HomePage.objects.get(pk=home.pk), locale)
