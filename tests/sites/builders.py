"""Three department sites on three hostnames, each with a page of every page type, and
each with its own rows in every admin list (comments, questions, opinions, responses to
notices, decisions, registration rounds, schedule items, units and people).

Site A is the demo portal; B and C are copies of its page tree whose every title carries the
site's mark, so a page of one showing up under another's hostname is seen in the HTML."""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from wagtail_emulation.agency.models import Person
from wagtail_emulation.commendations.models import (
    CandidateNoticePage,
    Decision,
    NoticeResponse,
    RegistrationRound,
)
from wagtail_emulation.comments.models import ReaderComment
from wagtail_emulation.consultation.models import DraftOpinion, DraftPage
from wagtail_emulation.legal_documents.models import LegalDocumentPage
from wagtail_emulation.organisation import Unit
from wagtail_emulation.questions.models import Question, QuestionIndexPage
from wagtail_emulation.work_schedule.models import ScheduleItem

#: (key, hostname, the mark every title of the site starts with)
SITES = [
    ("a", "sotuphap.localhost", "Alpha ·"),
    ("b", "sonoivu.localhost", "Beta ·"),
    ("c", "soxaydung.localhost", "Gamma ·"),
]

#: The permissions a department's editors' group holds, in the admin and on its pages.
EDITOR_PERMISSIONS = [
    "access_admin",
    "moderate_readercomment",
    "delete_readercomment",
    "view_question",
    "change_question",
    "moderate_draftopinion",
    "view_noticeresponse",
    "change_noticeresponse",
    "view_decision",
    "change_decision",
    "view_registrationround",
    "change_registrationround",
    "view_scheduleitem",
    "add_scheduleitem",
    "change_scheduleitem",
    "view_unit",
    "change_unit",
    "view_person",
    "change_person",
]


@dataclass
class DepartmentSite:
    key: str
    site: Site
    mark: str
    rows: dict = field(default_factory=dict)

    @property
    def hostname(self):
        return self.site.hostname

    @property
    def root(self):
        return self.site.root_page


def _mark_titles(root, mark):
    pages = Page.objects.filter(path__startswith=root.path)
    pages.update(title=Concat(Value(f"{mark} "), F("title")))
    pages.update(draft_title=F("title"))


def _copy_branch(page, to, key, top=False):
    """A copy of ``page`` under ``to``, and of one child of each page type under it (every
    page type of the demo, not its hundreds of articles). A legal document's number is made
    the site's own: the library knows one document per issuer and number."""
    changes = {"slug": f"trang-chu-{key}"} if top else {}
    number = getattr(page.specific, "number", None)
    if isinstance(page.specific, LegalDocumentPage) and number:
        changes["number"] = f"{number}-{key}"
    copy = page.specific.copy(
        to=to, update_attrs=changes, keep_live=True, copy_revisions=False, log_action=None
    )
    seen = set()
    for child in page.get_children().order_by("path"):
        if child.content_type_id not in seen:
            seen.add(child.content_type_id)
            _copy_branch(child, copy, key)
    return copy


def _repoint_links(original, copy):
    """The copy's page links (a news article's campaign, a story's…) to the copy's own
    pages: Page.copy keeps them on the original site, which no editor of a site would do."""
    prefix, copy_prefix = original.url_path, copy.url_path
    for page in Page.objects.filter(path__startswith=copy.path).specific():
        changed = []
        for link in page._meta.concrete_fields:
            target_model = getattr(link.remote_field, "model", None)
            if (
                link.model is Page
                or link.remote_field is None
                or link.remote_field.parent_link
                or not (isinstance(target_model, type) and issubclass(target_model, Page))
            ):
                continue
            target = getattr(page, link.name)
            if target is None or target.path.startswith(copy.path):
                continue
            own = copy_prefix + target.url_path.removeprefix(prefix)
            setattr(page, link.name, Page.objects.filter(url_path=own).first())
            changed.append(link.name)
        if changed:
            type(page).objects.filter(pk=page.pk).update(
                **{name: getattr(page, name) for name in changed}
            )


def _editors_group(department):
    group = Group.objects.create(name=f"Biên tập viên {department.key}")
    group.permissions.add(*Permission.objects.filter(codename__in=EDITOR_PERMISSIONS))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=department.root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return group


def province_group():
    """Page permissions on the tree's root: the whole province."""
    group = Group.objects.create(name="Văn phòng UBND tỉnh")
    group.permissions.add(*Permission.objects.filter(codename__in=EDITOR_PERMISSIONS))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    return group


def _first(model, department):
    return model.objects.filter(path__startswith=department.root.path).order_by("path").first()


def _clone(model, **changes):
    """A new row like the demo's first of ``model``, with ``changes``."""
    row = model.objects.order_by("pk").first()
    row.pk = row.id = None
    for name, value in changes.items():
        setattr(row, name, value)
    row.save()
    return row


def _own_rows(department):
    """One row of every admin list for ``department``, each named with its mark (made
    before the demo's own rows are given to site A, so every clone has a demo row to copy)."""
    mark, key, site = department.mark, department.key, department.site
    rows = department.rows
    rows["comment"] = _clone(
        ReaderComment,
        page=department.root.get_children().live().first(),
        name=f"{mark} bạn đọc",
        status=ReaderComment.Status.PENDING,
    )
    rows["question"] = _clone(
        Question,
        section=_first(QuestionIndexPage, department),
        title=f"{mark} câu hỏi",
        code=f"TEST-{key}",
        code_digest=f"digest-{key}",
        answer_page=None,
        duplicate_of=None,
    )
    rows["opinion"] = _clone(
        DraftOpinion, page=_first(DraftPage, department), name=f"{mark} người góp ý"
    )
    rows["response"] = NoticeResponse.objects.create(
        page=_first(CandidateNoticePage, department),
        full_name=f"{mark} người phản ánh",
        phone="0900000000",
        address="Phường Mẫu",
        body="Ý kiến về danh sách.",
        consented_at=timezone.now(),
    )
    rows["decision"] = Decision.objects.create(
        number=f"{key}-1/QĐ-UBND",
        date=timezone.localdate(),
        issuing_body=f"{mark} Ủy ban nhân dân",
        signer_name="Người ký",
        summary=f"{mark} quyết định khen thưởng",
        site=site,
    )
    rows["round"] = RegistrationRound.objects.create(
        title=f"{mark} đăng ký thi đua", year=2026, deadline=timezone.localdate(), site=site
    )
    rows["schedule_item"] = ScheduleItem.objects.create(
        date=timezone.localdate(), start_time="08:00", content=f"{mark} họp giao ban", site=site
    )
    rows["unit"] = Unit.objects.create(name=f"{mark} Sở", kind=Unit.Kind.AGENCY, site=site)
    rows["sub_unit"] = Unit.objects.create(
        name=f"{mark} Văn phòng Sở", kind=Unit.Kind.OFFICE, parent=rows["unit"]
    )
    rows["person"] = Person.objects.create(
        full_name=f"{mark} Giám đốc", position="Giám đốc Sở", unit=rows["sub_unit"]
    )


def build_three_sites():
    site_a = Site.objects.get(is_default_site=True)
    home = site_a.root_page.specific
    departments = []
    for key, hostname, mark in SITES:
        if key == "a":
            site_a.hostname, site_a.port, site_a.site_name = hostname, 80, mark
            site_a.save()
            site = site_a
        else:
            copy = _copy_branch(home, home.get_parent(), key, top=True)
            _repoint_links(home, copy)
            site = Site.objects.create(hostname=hostname, port=80, root_page=copy, site_name=mark)
        departments.append(DepartmentSite(key, site, mark))
    for department in departments:
        _mark_titles(department.root, department.mark)
        department.site.refresh_from_db()
        _own_rows(department)
        department.group = _editors_group(department)
    Site.clear_site_root_paths_cache()
    return departments
