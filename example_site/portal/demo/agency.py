"""The department itself under "Giới thiệu": its introduction, its units (office, inspectorate,
specialised divisions, public service units such as the legal aid centre), four leaders, the
spokesperson and the portal's focal official. Every name, phone number and e-mail is
invented (phones not in service, e-mail on a reserved example domain).

Units carry the names the emulation demo gives them, so both demos share one tree. Since
1 July 2025 local government has two levels: the district justice divisions of the 2023
emulation round stay past units and no district unit is current.
"""

from datetime import date

from wagtail_emulation.agency.models import AgencyIntroPage, LeadersPage, OrganisationPage
from wagtail_emulation.agency.people import Person
from wagtail_emulation.organisation import Unit

from .utils import ensure_child, paragraphs

DEPARTMENT = "Sở Tư pháp tỉnh Điện Biên"
ADDRESS = "Số 1 đường Ví Dụ, phường Mẫu, tỉnh Điện Biên (địa chỉ minh họa)"
Kind = Unit.Kind

# (name, short name, type, parent name or None for the department, phone, e-mail, functions)
UNITS = [
    ("Văn phòng Sở (minh họa)", "Văn phòng", Kind.OFFICE, None, "0215 3000 010",
     "vanphong@example.com",
     "Tham mưu tổng hợp, hành chính, văn thư, lưu trữ, tài chính, quản trị và thi đua, "
     "khen thưởng của Sở."),
    ("Thanh tra Sở (minh họa)", "Thanh tra", Kind.INSPECTORATE, None, "0215 3000 020",
     "thanhtra@example.com",
     "Thanh tra hành chính và thanh tra chuyên ngành tư pháp; tiếp công dân, giải quyết "
     "khiếu nại, tố cáo; phòng, chống tham nhũng."),
    ("Phòng Xây dựng và Kiểm tra văn bản (minh họa)", "Phòng XD&KTVB", Kind.DIVISION, None,
     "0215 3000 030", "xaydungvanban@example.com",
     "Thẩm định dự thảo, kiểm tra, rà soát văn bản quy phạm pháp luật của tỉnh và theo dõi "
     "thi hành pháp luật."),
    ("Phòng Hành chính tư pháp (minh họa)", "Phòng HCTP", Kind.DIVISION, None,
     "0215 3000 040", "hanhchinhtuphap@example.com",
     "Hộ tịch, quốc tịch, chứng thực, nuôi con nuôi và bồi thường nhà nước."),
    ("Phòng Lý lịch tư pháp (minh họa)", "Phòng LLTP", Kind.DIVISION, None,
     "0215 3000 050", "lylichtuphap@example.com",
     "Cấp Phiếu lý lịch tư pháp và xây dựng cơ sở dữ liệu lý lịch tư pháp của tỉnh."),
    ("Phòng Phổ biến, giáo dục pháp luật (minh họa)", "Phòng PBGDPL", Kind.DIVISION, None,
     "0215 3000 060", "phobienphapluat@example.com",
     "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận "
     "pháp luật."),
    ("Trung tâm Trợ giúp pháp lý nhà nước (minh họa)", "Trung tâm TGPL",
     Kind.PUBLIC_SERVICE, None, "0215 3000 070", "trogiupphaply@example.com",
     "Trợ giúp pháp lý miễn phí cho người được trợ giúp pháp lý: tư vấn, tham gia tố tụng, "
     "đại diện ngoài tố tụng."),
    ("Chi nhánh Trợ giúp pháp lý số 1 (minh họa)", "Chi nhánh TGPL số 1",
     Kind.PUBLIC_SERVICE, "Trung tâm Trợ giúp pháp lý nhà nước (minh họa)",
     "0215 3000 071", "trogiupphaply.cn1@example.com",
     "Trợ giúp pháp lý tại các xã vùng cao xa trung tâm tỉnh."),
    ("Phòng Công chứng số 1 (minh họa)", "PCC số 1", Kind.PUBLIC_SERVICE, None,
     "0215 3000 080", "congchung1@example.com",
     "Công chứng hợp đồng, giao dịch và bản dịch theo yêu cầu."),
]  # fmt: skip

HEAD, DEPUTY, STAFF = Person.Rank.HEAD, Person.Rank.DEPUTY, Person.Rank.STAFF

# (full name, position, unit name or None for the department, rank, areas in charge, phone,
# e-mail, biography, spokesperson, focal official, left on)
PEOPLE = [
    ("Nguyễn Văn Minh (minh họa)", "Giám đốc Sở", None, HEAD,
     "Lãnh đạo, điều hành chung; tổ chức cán bộ; tài chính; thi đua, khen thưởng.",
     "0215 3000 001", "giamdoc.stp@example.com",
     "Sinh năm 1972, cử nhân Luật. Nhiều năm công tác trong ngành Tư pháp của tỉnh trước "
     "khi được bổ nhiệm Giám đốc Sở.", False, False, None),
    ("Lò Thị Hạnh (minh họa)", "Phó Giám đốc Sở", None, DEPUTY,
     "Xây dựng và kiểm tra văn bản; phổ biến, giáo dục pháp luật; hòa giải ở cơ sở.",
     "0215 3000 002", "phogiamdoc1.stp@example.com",
     "Sinh năm 1978, thạc sĩ Luật; từng phụ trách công tác thẩm định văn bản của Sở.",
     False, False, None),
    ("Trần Quốc Bảo (minh họa)", "Phó Giám đốc Sở", None, DEPUTY,
     "Hành chính tư pháp; lý lịch tư pháp; bổ trợ tư pháp; trợ giúp pháp lý.",
     "0215 3000 003", "phogiamdoc2.stp@example.com",
     "Sinh năm 1980, cử nhân Luật, cử nhân Hành chính.", False, False, None),
    ("Vàng A Sùng (minh họa)", "Phó Giám đốc Sở", None, DEPUTY,
     "Thanh tra; tiếp công dân; phòng, chống tham nhũng; chuyển đổi số của Sở.",
     "0215 3000 004", "phogiamdoc3.stp@example.com",
     "Sinh năm 1983, thạc sĩ Luật; trước đây là Chánh Thanh tra Sở.", False, False, None),
    ("Hoàng Văn Tâm (minh họa)", "Phó Giám đốc Sở", None, DEPUTY,
     "Nghỉ hưu từ ngày 1/7/2025.", "0215 3000 009", "nguyen.pgd@example.com", "",
     False, False, date(2025, 7, 1)),
    ("Phạm Thu Trang (minh họa)", "Chánh Văn phòng Sở", "Văn phòng Sở (minh họa)", HEAD,
     "", "0215 3000 011", "chanhvanphong.stp@example.com", "", True, False, None),
    ("Đỗ Minh Khôi (minh họa)", "Chuyên viên Văn phòng, quản trị cổng thông tin",
     "Văn phòng Sở (minh họa)", STAFF, "", "0215 3000 012", "congthongtin.stp@example.com",
     "", False, True, None),
    ("Giàng Thị Mỷ (minh họa)", "Phó Chánh Văn phòng Sở", "Văn phòng Sở (minh họa)", DEPUTY,
     "", "0215 3000 013", "phochanhvanphong.stp@example.com", "", False, False, None),
    ("Bùi Đức Long (minh họa)", "Chánh Thanh tra Sở", "Thanh tra Sở (minh họa)", HEAD,
     "", "0215 3000 021", "chanhthanhtra.stp@example.com", "", False, False, None),
    ("Mai Thị Lan (minh họa)", "Trưởng phòng", "Phòng Hành chính tư pháp (minh họa)", HEAD,
     "", "0215 3000 041", "truongphong.hctp@example.com", "", False, False, None),
    ("Cầm Văn Hùng (minh họa)", "Giám đốc Trung tâm",
     "Trung tâm Trợ giúp pháp lý nhà nước (minh họa)", HEAD, "", "0215 3000 072",
     "giamdoc.tgpl@example.com", "", False, False, None),
]  # fmt: skip


def fill_blanks(instance, values):
    """Set the fields still empty; never overwrite what editors typed."""
    missing = {name: value for name, value in values.items() if not getattr(instance, name)}
    for name, value in missing.items():
        setattr(instance, name, value)
    if missing:
        instance.save()


def build_units():
    department, _created = Unit.objects.get_or_create(
        name=DEPARTMENT, defaults={"short_name": "Sở Tư pháp", "sort_order": 1}
    )
    fill_blanks(
        department,
        {
            "kind": Kind.AGENCY,
            "address": ADDRESS,
            "phone": "0215 3000 000",
            "email": "vanphong.sotuphap@example.com",
        },
    )
    if department.kind == Kind.OTHER:
        department.kind = Kind.AGENCY
        department.save()
    units = {DEPARTMENT: department}
    for order, (name, short, kind, parent, phone, email, functions) in enumerate(UNITS, 10):
        unit, _created = Unit.objects.get_or_create(
            name=name,
            defaults={
                "short_name": short,
                "kind": kind,
                "parent": units[parent or DEPARTMENT],
                "sort_order": order,
            },
        )
        fill_blanks(
            unit,
            {
                "address": ADDRESS,
                "phone": phone,
                "email": email,
                "functions": paragraphs(functions),
            },
        )
        units[name] = unit
    return units


def build_people(units):
    for order, row in enumerate(PEOPLE, 1):
        name, position, unit, rank, areas, phone, email, biography, *flags = row
        spokesperson, focal, left_on = flags
        Person.objects.get_or_create(
            full_name=name,
            defaults={
                "position": position,
                "unit": units[unit or DEPARTMENT],
                "rank": rank,
                "areas_in_charge": areas,
                "phone": phone,
                "email": email,
                "biography": paragraphs(biography) if biography else "",
                "is_spokesperson": spokesperson,
                "is_focal_official": focal,
                "left_on": left_on,
                "sort_order": order,
            },
        )


def build(home):
    units = build_units()
    build_people(units)
    department = units[DEPARTMENT]
    about = home.get_children().filter(slug="gioi-thieu").first()
    parent = about.specific if about else home
    ensure_child(
        parent,
        AgencyIntroPage,
        "gioi-thieu-chung",
        title="Giới thiệu chung",
        agency=department,
        history=paragraphs(
            "Ngành Tư pháp của tỉnh được thành lập ngày 25 tháng 5 năm 1983 (minh họa). Qua "
            "hơn bốn mươi năm, Sở đã lớn lên cùng tỉnh: từ một phòng nhỏ trong trụ sở Ủy "
            "ban đến một cơ quan có văn phòng, thanh tra, các phòng chuyên môn và đơn vị sự "
            "nghiệp.",
            "Từ ngày 1 tháng 7 năm 2025, khi chính quyền địa phương tổ chức theo hai cấp, "
            "Sở hướng dẫn trực tiếp công chức tư pháp – hộ tịch của các xã, phường.",
        ),
        functions=paragraphs(
            "Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy "
            "ban quản lý nhà nước về xây dựng và thi hành pháp luật, kiểm tra, rà soát văn "
            "bản, phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, hộ tịch, quốc tịch, chứng "
            "thực, nuôi con nuôi, lý lịch tư pháp, bồi thường nhà nước, trợ giúp pháp lý, "
            "luật sư, công chứng, đấu giá tài sản, giám định tư pháp và các công tác tư pháp "
            "khác trên địa bàn (tóm tắt minh họa).",
        ),
        legal_basis=paragraphs(
            "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư "
            "pháp do Ủy ban nhân dân tỉnh ban hành (số hiệu minh họa: 00/2025/QĐ-UBND)."
        ),
    )
    ensure_child(
        parent, OrganisationPage, "co-cau-to-chuc", title="Cơ cấu tổ chức", agency=department
    )
    ensure_child(parent, LeadersPage, "lanh-dao", title="Lãnh đạo", agency=department)
