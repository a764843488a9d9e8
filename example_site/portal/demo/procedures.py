"""Demo procedure catalogue: thirty procedures a provincial Department of Justice handles.

Names, agencies and documents are written for this demo in our own words. The codes follow
the national database's shape but are illustrative: "H99" names no province, and none is a
real entry. Two levels only (province and commune), as local government is since 1 July 2025.
"""

from django.utils.html import escape

from wagtail_emulation.procedures.models import (
    ProcedureField,
    ProcedureIndexPage,
    ProcedureLevel,
    ProcedurePage,
)

from .utils import ensure_child, paragraphs

INDEX_SLUG = "thu-tuc-hanh-chinh"
STP = "Sở Tư pháp"
XA = "Ủy ban nhân dân cấp xã"
TGPL = "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"
P, C = ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE

FIELDS = [
    ("Hộ tịch", "Luật Hộ tịch và các văn bản hướng dẫn"),
    ("Lý lịch tư pháp", "Luật Lý lịch tư pháp và các văn bản hướng dẫn"),
    ("Chứng thực", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao, chữ ký, hợp đồng"),
    ("Trợ giúp pháp lý", "Luật Trợ giúp pháp lý và các văn bản hướng dẫn"),
    ("Luật sư", "Luật Luật sư và các văn bản hướng dẫn"),
    ("Công chứng", "Luật Công chứng và các văn bản hướng dẫn"),
    ("Hòa giải ở cơ sở", "Luật Hòa giải ở cơ sở và các văn bản hướng dẫn"),
    ("Đấu giá tài sản", "Luật Đấu giá tài sản và các văn bản hướng dẫn"),
]
BASIS = dict(FIELDS)

# (field, level, name, agency, processing time, working days, fees, documents, result)
PROCEDURES = [
    (
        "Hộ tịch",
        C,
        "Đăng ký khai sinh",
        XA,
        "Ngay trong ngày tiếp nhận",
        0,
        "Miễn lệ phí",
        ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh hoặc giấy tờ thay thế"],
        "Giấy khai sinh",
    ),
    (
        "Hộ tịch",
        C,
        "Đăng ký kết hôn",
        XA,
        "Ngay trong ngày tiếp nhận",
        0,
        "Miễn lệ phí",
        ["Tờ khai đăng ký kết hôn của hai bên"],
        "Giấy chứng nhận kết hôn",
    ),
    (
        "Hộ tịch",
        C,
        "Đăng ký khai tử",
        XA,
        "Ngay trong ngày tiếp nhận",
        0,
        "Miễn lệ phí",
        ["Tờ khai đăng ký khai tử", "Giấy báo tử hoặc giấy tờ thay thế"],
        "Trích lục khai tử",
    ),
    (
        "Hộ tịch",
        C,
        "Cấp giấy xác nhận tình trạng hôn nhân",
        XA,
        "03 ngày làm việc",
        3,
        "Theo quy định của Hội đồng nhân dân tỉnh",
        ["Tờ khai cấp giấy xác nhận tình trạng hôn nhân"],
        "Giấy xác nhận tình trạng hôn nhân",
    ),
    (
        "Hộ tịch",
        C,
        "Đăng ký nhận cha, mẹ, con",
        XA,
        "03 ngày làm việc",
        3,
        "Miễn lệ phí",
        ["Tờ khai đăng ký nhận cha, mẹ, con", "Chứng cứ chứng minh quan hệ cha, mẹ, con"],
        "Trích lục đăng ký nhận cha, mẹ, con",
    ),
    (
        "Hộ tịch",
        C,
        "Thay đổi, cải chính, bổ sung thông tin hộ tịch",
        XA,
        "03 ngày làm việc",
        3,
        "Theo quy định của Hội đồng nhân dân tỉnh",
        [
            "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
            "Giấy tờ làm căn cứ thay đổi, cải chính",
        ],
        "Trích lục thay đổi, cải chính hộ tịch",
    ),
    (
        "Hộ tịch",
        P,
        "Đăng ký khai sinh có yếu tố nước ngoài",
        STP,
        "05 ngày làm việc",
        5,
        "Theo quy định của Hội đồng nhân dân tỉnh",
        [
            "Tờ khai đăng ký khai sinh",
            "Giấy chứng sinh",
            "Văn bản thỏa thuận chọn quốc tịch (nếu có)",
        ],
        "Giấy khai sinh",
    ),
    (
        "Hộ tịch",
        C,
        "Cấp bản sao trích lục hộ tịch",
        XA,
        "Ngay trong ngày tiếp nhận",
        0,
        "8.000 đồng/bản sao",
        ["Tờ khai cấp bản sao trích lục hộ tịch"],
        "Bản sao trích lục hộ tịch",
    ),
    (
        "Lý lịch tư pháp",
        P,
        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
        STP,
        "10 ngày làm việc",
        10,
        "200.000 đồng/lần",
        ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp giấy tờ tùy thân"],
        "Phiếu lý lịch tư pháp",
    ),
    (
        "Lý lịch tư pháp",
        P,
        "Cấp Phiếu lý lịch tư pháp cho người nước ngoài",
        STP,
        "15 ngày làm việc",
        15,
        "200.000 đồng/lần",
        [
            "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
            "Bản chụp hộ chiếu",
            "Giấy tờ chứng minh nơi cư trú tại Việt Nam",
        ],
        "Phiếu lý lịch tư pháp",
    ),
    (
        "Lý lịch tư pháp",
        P,
        "Cấp Phiếu lý lịch tư pháp cho cơ quan, tổ chức yêu cầu",
        STP,
        "10 ngày làm việc",
        10,
        "Không",
        ["Văn bản yêu cầu của cơ quan, tổ chức"],
        "Phiếu lý lịch tư pháp",
    ),
    (
        "Chứng thực",
        C,
        "Chứng thực bản sao từ bản chính",
        XA,
        "Trong ngày hoặc ngày làm việc tiếp theo",
        1,
        "2.000 đồng/trang",
        ["Bản chính giấy tờ, văn bản", "Bản sao cần chứng thực"],
        "Bản sao được chứng thực",
    ),
    (
        "Chứng thực",
        C,
        "Chứng thực chữ ký trong giấy tờ, văn bản",
        XA,
        "Trong ngày hoặc ngày làm việc tiếp theo",
        1,
        "10.000 đồng/trường hợp",
        ["Giấy tờ tùy thân của người ký", "Giấy tờ, văn bản sẽ ký"],
        "Chữ ký được chứng thực",
    ),
    (
        "Chứng thực",
        C,
        "Chứng thực hợp đồng, giao dịch liên quan đến động sản",
        XA,
        "02 ngày làm việc",
        2,
        "50.000 đồng/hợp đồng",
        ["Dự thảo hợp đồng, giao dịch", "Giấy tờ tùy thân của các bên"],
        "Hợp đồng, giao dịch được chứng thực",
    ),
    (
        "Chứng thực",
        P,
        "Chứng thực bản sao giấy tờ bằng tiếng nước ngoài",
        STP,
        "Trong ngày hoặc ngày làm việc tiếp theo",
        1,
        "2.000 đồng/trang",
        ["Bản chính giấy tờ", "Bản sao cần chứng thực"],
        "Bản sao được chứng thực",
    ),
    (
        "Trợ giúp pháp lý",
        P,
        "Thủ tục yêu cầu trợ giúp pháp lý",
        TGPL,
        "Ngay khi nhận đủ hồ sơ",
        0,
        "Không",
        ["Đơn yêu cầu trợ giúp pháp lý", "Giấy tờ chứng minh thuộc diện được trợ giúp"],
        "Văn bản thụ lý yêu cầu trợ giúp pháp lý",
    ),
    (
        "Trợ giúp pháp lý",
        P,
        "Lựa chọn, thay đổi người thực hiện trợ giúp pháp lý",
        TGPL,
        "02 ngày làm việc",
        2,
        "Không",
        ["Đơn đề nghị thay đổi người thực hiện trợ giúp pháp lý"],
        "Văn bản cử người thực hiện trợ giúp pháp lý",
    ),
    (
        "Trợ giúp pháp lý",
        P,
        "Giải quyết khiếu nại về trợ giúp pháp lý",
        STP,
        "30 ngày",
        None,
        "Không",
        ["Đơn khiếu nại", "Tài liệu liên quan (nếu có)"],
        "Quyết định giải quyết khiếu nại",
    ),
    (
        "Luật sư",
        P,
        "Đăng ký hoạt động của tổ chức hành nghề luật sư",
        STP,
        "10 ngày làm việc",
        10,
        "Theo quy định của Bộ Tài chính",
        [
            "Giấy đề nghị đăng ký hoạt động",
            "Điều lệ công ty luật (nếu là công ty)",
            "Giấy tờ chứng minh trụ sở",
        ],
        "Giấy đăng ký hoạt động",
    ),
    (
        "Luật sư",
        P,
        "Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư",
        STP,
        "10 ngày làm việc",
        10,
        "Theo quy định của Bộ Tài chính",
        ["Giấy đề nghị thay đổi nội dung đăng ký", "Giấy đăng ký hoạt động đã cấp"],
        "Giấy đăng ký hoạt động đã thay đổi",
    ),
    (
        "Luật sư",
        P,
        "Đăng ký hành nghề luật sư với tư cách cá nhân",
        STP,
        "07 ngày làm việc",
        7,
        "Theo quy định của Bộ Tài chính",
        ["Giấy đề nghị đăng ký hành nghề", "Bản sao Thẻ luật sư"],
        "Giấy đăng ký hành nghề luật sư",
    ),
    (
        "Công chứng",
        P,
        "Đăng ký hoạt động của văn phòng công chứng",
        STP,
        "10 ngày làm việc",
        10,
        "1.000.000 đồng/hồ sơ",
        ["Đơn đăng ký hoạt động", "Quyết định cho phép thành lập"],
        "Giấy đăng ký hoạt động văn phòng công chứng",
    ),
    (
        "Công chứng",
        P,
        "Đăng ký hành nghề và cấp Thẻ công chứng viên",
        STP,
        "10 ngày làm việc",
        10,
        "Theo quy định của Bộ Tài chính",
        ["Đề nghị đăng ký hành nghề", "Quyết định bổ nhiệm công chứng viên", "Ảnh chân dung"],
        "Thẻ công chứng viên",
    ),
    (
        "Công chứng",
        P,
        "Chuyển nhượng văn phòng công chứng",
        STP,
        "20 ngày làm việc",
        20,
        "Theo quy định của Bộ Tài chính",
        ["Đề nghị chuyển nhượng", "Hợp đồng chuyển nhượng văn phòng công chứng"],
        "Quyết định cho phép chuyển nhượng",
    ),
    (
        "Công chứng",
        P,
        "Thu hồi Thẻ công chứng viên",
        STP,
        "05 ngày làm việc",
        5,
        "Không",
        ["Văn bản đề nghị thu hồi", "Thẻ công chứng viên"],
        "Quyết định thu hồi Thẻ công chứng viên",
    ),
    (
        "Hòa giải ở cơ sở",
        C,
        "Công nhận hòa giải viên",
        XA,
        "03 ngày làm việc",
        3,
        "Không",
        ["Danh sách người được đề nghị công nhận", "Biên bản bầu hòa giải viên"],
        "Quyết định công nhận hòa giải viên",
    ),
    (
        "Hòa giải ở cơ sở",
        C,
        "Thôi làm hòa giải viên",
        XA,
        "03 ngày làm việc",
        3,
        "Không",
        ["Văn bản đề nghị thôi làm hòa giải viên"],
        "Quyết định thôi làm hòa giải viên",
    ),
    (
        "Hòa giải ở cơ sở",
        C,
        "Thanh toán thù lao cho hòa giải viên",
        XA,
        "05 ngày làm việc",
        5,
        "Không",
        ["Giấy đề nghị thanh toán thù lao", "Văn bản xác nhận vụ việc hòa giải"],
        "Thù lao được thanh toán",
    ),
    (
        "Đấu giá tài sản",
        P,
        "Đăng ký hoạt động doanh nghiệp đấu giá tài sản",
        STP,
        "07 ngày làm việc",
        7,
        "1.000.000 đồng/hồ sơ",
        ["Đơn đề nghị đăng ký hoạt động", "Bản sao chứng chỉ hành nghề đấu giá"],
        "Giấy đăng ký hoạt động doanh nghiệp đấu giá",
    ),
    (
        "Đấu giá tài sản",
        P,
        "Đăng ký danh sách đấu giá viên",
        STP,
        "05 ngày làm việc",
        5,
        "Không",
        ["Văn bản đề nghị", "Danh sách đấu giá viên"],
        "Danh sách được đăng ký",
    ),
]


def _documents_html(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def build(home):
    index = ensure_child(
        home,
        ProcedureIndexPage,
        INDEX_SLUG,
        title="Thủ tục hành chính",
        show_in_menus=True,
        per_page=10,
        intro=paragraphs(
            "Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp và của Ủy ban nhân "
            "dân cấp xã trong lĩnh vực tư pháp. Lọc theo lĩnh vực, cấp thực hiện hoặc tìm theo "
            "tên, mã thủ tục (gõ có dấu hay không dấu đều được).",
            "Trang minh họa: mã thủ tục và nội dung các thủ tục là giả định.",
        ),
    )
    for order, (name, _basis) in enumerate(FIELDS):
        ProcedureField.objects.get_or_create(name=name, defaults={"sort_order": order})
    fields = {entry.name: entry for entry in ProcedureField.objects.all()}
    known = set(ProcedurePage.objects.child_of(index).values_list("code", flat=True))
    for number, row in enumerate(PROCEDURES, start=1):
        field, level, name, agency, time_text, days, fees, documents, result = row
        code = f"{1 if level == P else 2}.{990000 + number:06d}.000.00.00.H99"
        if code in known:
            continue
        page = ProcedurePage(
            title=name,
            code=code,
            level=level,
            field=fields[field],
            agency=agency,
            processing_time=time_text,
            working_days=days,
            fees=fees,
            documents_required=_documents_html(documents),
            result=result,
            legal_basis=BASIS[field],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
