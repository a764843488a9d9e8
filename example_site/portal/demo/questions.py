"""Demo of "Hỏi đáp pháp luật": subject areas, answered questions published through the
answer workflow's result, and a queue with questions in progress, overdue, not accepted and
merged. The questions and answers are written for the demo as general guidance (not legal
advice); every asker is invented and never shown publicly.
"""

from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from wagtail_emulation.organisation import Unit
from wagtail_emulation.questions.answers import start_answer
from wagtail_emulation.questions.deadlines import answer_deadline, working_days_taken
from wagtail_emulation.questions.models import (
    Question,
    QuestionIndexPage,
    QuestionPage,
    QuestionStatus,
    QuestionTopic,
)

from .utils import ensure_child, paragraphs

INDEX_SLUG = "hoi-dap-phap-luat"
DEPARTMENT = "Sở Tư pháp tỉnh Điện Biên"
LEADERS = "Lãnh đạo Sở (duyệt câu trả lời)"
TOPICS = ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Hòa giải ở cơ sở", "Trợ giúp pháp lý",
          "Luật sư, công chứng"]  # fmt: skip
UNITS = {
    "HCTP": "Phòng Hành chính tư pháp (minh họa)",
    "PBGD": "Phòng Phổ biến, giáo dục pháp luật (minh họa)",
    "LLTP": "Phòng Lý lịch tư pháp (minh họa)",
    "TGPL": "Trung tâm Trợ giúp pháp lý nhà nước (minh họa)",
}

# (topic, unit, days ago asked, answer working days, title, question, answer paragraphs)
ANSWERED = [
    ("Hộ tịch", "HCTP", 120, 4, "Khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
     "Tôi và bạn đời chung sống nhưng chưa đăng ký kết hôn, con chúng tôi mới sinh. Có làm "
     "giấy khai sinh cho cháu được không và ghi tên cha thế nào?",
     ["Được. Việc khai sinh cho trẻ không phụ thuộc vào việc cha mẹ đã đăng ký kết hôn hay "
      "chưa. Người mẹ (hoặc người thân) đi khai sinh tại Ủy ban nhân dân cấp xã nơi cư trú.",
      "Muốn ghi tên cha ngay trong giấy khai sinh, người cha cùng làm thủ tục nhận cha con "
      "kết hợp với đăng ký khai sinh; nếu chưa nhận, phần thông tin về cha để trống và có thể "
      "bổ sung sau."]),
    ("Hộ tịch", "HCTP", 110, 6, "Đăng ký khai tử cho người mất tại nhà",
     "Ông tôi mất tại nhà, gia đình cần làm những gì để đăng ký khai tử và trong bao lâu?",
     ["Người thân nên đăng ký khai tử sớm, trong thời hạn luật định kể từ ngày người đó mất, "
      "tại Ủy ban nhân dân cấp xã nơi người mất cư trú cuối cùng.",
      "Khi đi cần mang giấy báo tử hoặc giấy tờ thay giấy báo tử (do trưởng thôn, tổ dân phố "
      "xác nhận với trường hợp mất tại nhà) và giấy tờ tùy thân của người đi khai."]),
    ("Hộ tịch", "HCTP", 95, 3, "Sửa sai năm sinh trong giấy khai sinh",
     "Giấy khai sinh của tôi ghi sai năm sinh so với học bạ. Tôi có được cải chính không?",
     ["Việc cải chính hộ tịch được thực hiện khi có căn cứ xác định nội dung đã đăng ký bị sai "
      "do lỗi của người đi khai hoặc của cơ quan đăng ký.",
      "Bạn nộp tờ khai và các giấy tờ chứng minh (học bạ, hồ sơ cán bộ…) tại Ủy ban nhân dân "
      "cấp xã đã đăng ký khai sinh hoặc nơi cư trú để được hướng dẫn cụ thể."]),
    ("Hộ tịch", "HCTP", 80, 12, "Xác nhận tình trạng hôn nhân để mua nhà",
     "Ngân hàng đề nghị tôi nộp giấy xác nhận độc thân. Tôi xin ở đâu, giấy có hạn dùng không?",
     ["Giấy xác nhận tình trạng hôn nhân do Ủy ban nhân dân cấp xã nơi bạn thường trú cấp; có "
      "thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công.",
      "Giấy có giá trị trong một thời hạn nhất định kể từ ngày cấp và chỉ dùng cho mục đích ghi "
      "trong giấy, nên hãy ghi rõ mục đích khi đề nghị."]),
    ("Chứng thực", "HCTP", 100, 2, "Chứng thực bản sao từ bản chính ở đâu",
     "Tôi cần nhiều bản sao chứng thực bằng tốt nghiệp. Tôi có thể làm ở đâu cho nhanh?",
     ["Bạn có thể chứng thực bản sao từ bản chính tại Ủy ban nhân dân cấp xã, tại tổ chức hành "
      "nghề công chứng hoặc tại cơ quan đại diện ở nước ngoài.",
      "Mang theo bản chính để đối chiếu; bản sao được chứng thực có giá trị sử dụng thay cho "
      "bản chính trong các giao dịch, trừ khi pháp luật quy định khác."]),
    ("Chứng thực", "HCTP", 70, 5, "Chứng thực chữ ký trên giấy ủy quyền",
     "Tôi muốn ủy quyền cho em trai nhận lương hưu thay. Có cần công chứng hợp đồng không?",
     ["Với việc ủy quyền đơn giản, không có thù lao và không chuyển quyền sở hữu tài sản, bạn có "
      "thể lập giấy ủy quyền và chứng thực chữ ký tại Ủy ban nhân dân cấp xã.",
      "Nên hỏi trước cơ quan chi trả xem họ chấp nhận hình thức nào để tránh phải làm lại."]),
    ("Chứng thực", "HCTP", 45, 11, "Bản sao chứng thực có thời hạn sử dụng không",
     "Nơi tôi nộp hồ sơ yêu cầu bản sao chứng thực trong sáu tháng. Quy định có như vậy không?",
     ["Pháp luật về chứng thực không ấn định thời hạn sử dụng của bản sao được chứng thực từ bản "
      "chính; bản sao có giá trị như bản chính khi nội dung bản chính vẫn còn giá trị.",
      "Một số thủ tục riêng có thể yêu cầu giấy tờ mới; khi đó bạn làm theo yêu cầu của thủ tục "
      "đó hoặc phản ánh qua mục này nếu thấy yêu cầu không có căn cứ."]),
    ("Lý lịch tư pháp", "LLTP", 90, 3, "Phiếu lý lịch tư pháp số 1 và số 2 khác nhau thế nào",
     "Hồ sơ xin việc yêu cầu phiếu lý lịch tư pháp. Tôi nên xin phiếu số 1 hay số 2?",
     ["Phiếu số 1 cấp cho cá nhân và cơ quan, tổ chức theo quy định, chỉ ghi án tích chưa được "
      "xóa; phiếu số 2 ghi đầy đủ án tích, kể cả án tích đã được xóa, và chỉ cấp cho chính người "
      "đó hoặc cơ quan tiến hành tố tụng.",
      "Hồ sơ xin việc thường yêu cầu phiếu số 1; hãy hỏi lại nơi tuyển dụng nếu chưa rõ."]),
    ("Lý lịch tư pháp", "LLTP", 60, 8, "Xin phiếu lý lịch tư pháp trực tuyến",
     "Tôi đang làm việc ở tỉnh khác, có thể xin phiếu lý lịch tư pháp qua mạng không?",
     ["Có. Bạn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công hoặc qua ứng dụng định danh điện tử, "
      "chọn nhận kết quả qua bưu điện hoặc bản điện tử.",
      "Lệ phí và thời gian giải quyết được hiển thị khi nộp hồ sơ."]),
    ("Lý lịch tư pháp", "LLTP", 30, 4, "Ủy quyền cho người khác xin phiếu lý lịch tư pháp",
     "Tôi bận công tác, bố tôi có xin phiếu lý lịch tư pháp thay tôi được không?",
     ["Với phiếu số 1, bạn có thể ủy quyền cho người khác làm thủ tục; văn bản ủy quyền cần được "
      "chứng thực, trừ khi người được ủy quyền là cha, mẹ, vợ, chồng hoặc con của bạn.",
      "Phiếu số 2 thì không được ủy quyền; bạn phải tự yêu cầu."]),
    ("Hòa giải ở cơ sở", "PBGD", 85, 6, "Hai nhà tranh chấp lối đi chung",
     "Nhà hàng xóm xây tường lấn sang lối đi chung của hai nhà. Tôi có thể nhờ ai giải quyết "
     "trước khi ra tòa?",
     ["Bạn có thể đề nghị tổ hòa giải ở thôn, tổ dân phố hòa giải. Hòa giải ở cơ sở không mất "
      "phí, dựa trên sự tự nguyện của các bên.",
      "Nếu hòa giải không thành, tranh chấp đất đai được hòa giải tại Ủy ban nhân dân cấp xã "
      "trước khi khởi kiện theo quy định."]),
    ("Hòa giải ở cơ sở", "PBGD", 50, 9, "Kết quả hòa giải thành có bắt buộc thi hành không",
     "Sau khi hòa giải thành, bên kia không làm như đã thỏa thuận. Tôi phải làm gì?",
     ["Các bên có trách nhiệm tự nguyện thực hiện thỏa thuận hòa giải thành.",
      "Để thỏa thuận có giá trị thi hành, các bên có thể yêu cầu Tòa án công nhận kết quả hòa "
      "giải thành ngoài Tòa án; khi được công nhận, quyết định của Tòa án được thi hành như bản "
      "án."]),
    ("Hòa giải ở cơ sở", "PBGD", 20, 7, "Ai có thể làm hòa giải viên ở thôn",
     "Tôi đã nghỉ hưu và muốn tham gia tổ hòa giải ở bản. Cần điều kiện gì?",
     ["Hòa giải viên là người có uy tín trong cộng đồng, tự nguyện tham gia, có khả năng thuyết "
      "phục và hiểu biết pháp luật; được cộng đồng dân cư bầu chọn.",
      "Bạn liên hệ trưởng thôn, bản hoặc Ủy ban nhân dân cấp xã để được giới thiệu."]),
    ("Trợ giúp pháp lý", "TGPL", 115, 5, "Ai được trợ giúp pháp lý miễn phí",
     "Mẹ tôi là người dân tộc thiểu số ở xã vùng cao. Bà có được luật sư giúp miễn phí không?",
     ["Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn là "
      "một trong các nhóm người được trợ giúp pháp lý miễn phí, cùng với người nghèo, người có "
      "công với cách mạng, trẻ em và một số nhóm khác.",
      "Bà liên hệ Trung tâm Trợ giúp pháp lý nhà nước của tỉnh hoặc chi nhánh gần nhất."]),
    ("Trợ giúp pháp lý", "TGPL", 75, 10, "Trợ giúp pháp lý có tham gia tố tụng không",
     "Con tôi 16 tuổi bị khởi tố. Trung tâm trợ giúp pháp lý có cử người bào chữa không?",
     ["Có. Người dưới 18 tuổi là người được trợ giúp pháp lý; Trung tâm có thể cử trợ giúp viên "
      "pháp lý hoặc luật sư tham gia tố tụng để bào chữa.",
      "Gia đình liên hệ Trung tâm ngay khi cháu bị tạm giữ hoặc khởi tố để được hướng dẫn."]),
    ("Trợ giúp pháp lý", "TGPL", 40, 14, "Hồ sơ đề nghị trợ giúp pháp lý gồm những gì",
     "Tôi thuộc hộ nghèo và cần tư vấn về tranh chấp hợp đồng. Tôi phải nộp giấy tờ gì?",
     ["Bạn nộp văn bản yêu cầu trợ giúp pháp lý, giấy tờ chứng minh thuộc diện được trợ giúp "
      "(giấy chứng nhận hộ nghèo) và các giấy tờ liên quan đến vụ việc.",
      "Có thể yêu cầu trực tiếp, qua bưu điện, qua điện thoại hoặc thư điện tử của Trung tâm."]),
    ("Luật sư, công chứng", "HCTP", 105, 4, "Công chứng di chúc ở đâu",
     "Tôi muốn lập di chúc để lại nhà cho các con. Di chúc có bắt buộc phải công chứng không?",
     ["Di chúc bằng văn bản không bắt buộc phải công chứng hay chứng thực trong mọi trường hợp; "
      "tuy vậy công chứng giúp di chúc chắc chắn hơn về hình thức và dễ chứng minh.",
      "Bạn có thể công chứng tại văn phòng hoặc phòng công chứng; công chứng viên có thể đến "
      "tận nhà nếu bạn không thể đi lại."]),
    ("Luật sư, công chứng", "HCTP", 65, 6, "Tra cứu luật sư có chứng chỉ hành nghề",
     "Làm sao biết người nhận làm luật sư cho tôi có đúng là luật sư không?",
     ["Bạn đề nghị người đó xuất trình thẻ luật sư và kiểm tra trên danh sách luật sư của Đoàn "
      "Luật sư tỉnh hoặc trang của Liên đoàn Luật sư Việt Nam.",
      "Hợp đồng dịch vụ pháp lý nên được ký với tổ chức hành nghề luật sư, ghi rõ phí và công "
      "việc."]),
    ("Luật sư, công chứng", "HCTP", 35, 3, "Phí công chứng hợp đồng mua bán nhà",
     "Phí công chứng hợp đồng mua bán nhà được tính thế nào, ai trả?",
     ["Phí công chứng hợp đồng mua bán nhà tính theo giá trị tài sản hoặc giá trị hợp đồng, theo "
      "biểu phí do Bộ Tài chính quy định; ngoài phí còn có thù lao công chứng niêm yết tại tổ "
      "chức hành nghề.",
      "Bên nào trả do các bên thỏa thuận trong hợp đồng."]),
    ("Hộ tịch", "HCTP", 25, 9, "Đăng ký kết hôn với người nước ngoài",
     "Tôi sắp kết hôn với người nước ngoài. Thủ tục làm ở đâu?",
     ["Việc kết hôn giữa công dân Việt Nam cư trú trong nước với người nước ngoài được đăng ký "
      "tại Ủy ban nhân dân cấp xã nơi công dân Việt Nam cư trú (từ ngày 1/7/2025 không còn cấp "
      "huyện).",
      "Người nước ngoài cần giấy tờ chứng minh tình trạng hôn nhân do nước họ cấp, được hợp "
      "pháp hóa lãnh sự và dịch sang tiếng Việt."]),
    ("Chứng thực", "HCTP", 15, 2, "Chứng thực điện tử bản sao",
     "Tôi nghe nói có thể chứng thực bản sao điện tử để nộp hồ sơ trực tuyến. Có đúng không?",
     ["Đúng. Bạn có thể đề nghị chứng thực bản sao điện tử từ bản chính tại Ủy ban nhân dân cấp "
      "xã hoặc nộp yêu cầu trên Cổng Dịch vụ công; bản điện tử có chữ ký số của cơ quan chứng "
      "thực.",
      "Bản sao điện tử được dùng trong các thủ tục trực tuyến mà không phải nộp lại giấy tờ."]),
    ("Lý lịch tư pháp", "LLTP", 10, 5, "Thời hạn cấp phiếu lý lịch tư pháp",
     "Tôi nộp hồ sơ xin phiếu lý lịch tư pháp, bao lâu thì có kết quả?",
     ["Thời hạn cấp phiếu được tính theo ngày làm việc kể từ khi nhận đủ hồ sơ; trường hợp phải "
      "xác minh thêm thì lâu hơn.",
      "Thời hạn cụ thể ghi trên phiếu hẹn, hoặc trên Cổng Dịch vụ công khi nộp trực tuyến."]),
]  # fmt: skip

# (topic, unit, days ago, status, title, question) – the queue editors see in the admin.
WAITING = [
    ("Hộ tịch", "HCTP", 40, QuestionStatus.RECEIVED, "Trích lục khai sinh bản sao bị mất",
     "Tôi làm mất bản chính giấy khai sinh. Xin cấp lại ở đâu?"),
    ("Trợ giúp pháp lý", "TGPL", 35, QuestionStatus.IN_PROGRESS,
     "Người khuyết tật có được trợ giúp pháp lý không",
     "Em tôi khuyết tật vận động, đang có tranh chấp hợp đồng lao động."),
    ("Chứng thực", "HCTP", 28, QuestionStatus.IN_PROGRESS, "Chứng thực hợp đồng tặng cho",
     "Bố mẹ tôi muốn tặng cho tôi chiếc xe máy. Chứng thực ở đâu?"),
    ("Hòa giải ở cơ sở", "PBGD", 4, QuestionStatus.RECEIVED, "Tranh chấp tiếng ồn",
     "Nhà bên cạnh mở nhạc lớn đến khuya, tôi nên làm gì trước khi báo công an?"),
    ("Lý lịch tư pháp", "LLTP", 2, QuestionStatus.RECEIVED, "Phiếu lý lịch tư pháp cho du học",
     "Tôi cần phiếu lý lịch tư pháp có bản dịch để đi du học."),
]  # fmt: skip

ASKERS = ["Nguyễn Văn Thành (minh họa)", "Lò Thị Xuân (minh họa)", "Quàng Văn Dũng (minh họa)",
          "Trần Thị Mai (minh họa)", "Lường Văn Hải (minh họa)"]  # fmt: skip


def ensure_units():
    department = Unit.objects.filter(name=DEPARTMENT).first()
    if department is None:
        department = Unit.objects.create(name=DEPARTMENT, kind=Unit.Kind.AGENCY, sort_order=1)
    units = {}
    for order, (key, name) in enumerate(UNITS.items(), start=40):
        units[key] = Unit.objects.filter(name=name).first() or Unit.objects.create(
            name=name, parent=department, kind=Unit.Kind.DIVISION, sort_order=order
        )
    return units


def ensure_leaders(index):
    """The leaders who approve answers: a group of the demo's own, as the guide sets one up
    (Wagtail's "Moderators" comes from a data migration and may be gone or renamed)."""
    leaders, _ = Group.objects.get_or_create(name=LEADERS)
    leaders.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=leaders,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return leaders


def ensure_workflow(index):
    """Answers go through "draft → approved by a leader → published"."""
    if WorkflowPage.objects.filter(page=index).exists():
        return
    task = GroupApprovalTask.objects.create(name="Lãnh đạo Sở duyệt câu trả lời")
    task.groups.set([ensure_leaders(index)])
    workflow = Workflow.objects.create(name="Duyệt câu trả lời hỏi đáp")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=index)


def asker(number):
    name = ASKERS[number % len(ASKERS)]
    return {"full_name": name, "email": f"nguoihoi{number}@example.vn", "phone": ""}


def build(home):
    topics = {
        name: QuestionTopic.objects.get_or_create(name=name, defaults={"sort_order": order})[0]
        for order, name in enumerate(TOPICS, start=1)
    }
    units = ensure_units()
    index = ensure_child(
        home,
        QuestionIndexPage,
        INDEX_SLUG,
        title="Hỏi đáp pháp luật",
        show_in_menus=True,
        per_page=10,
        intro=paragraphs(
            "Người dân, doanh nghiệp gửi câu hỏi về các lĩnh vực do Sở Tư pháp quản lý; câu "
            "trả lời được công bố tại đây sau khi lãnh đạo Sở duyệt. Câu hỏi và câu trả lời "
            "trên trang minh họa được viết cho bản demo, chỉ mang tính hướng dẫn chung."
        ),
        ask_intro=paragraphs(
            "Mục này trả lời câu hỏi về pháp luật thuộc lĩnh vực tư pháp. Khiếu nại, tố cáo "
            "xin gửi theo thủ tục riêng. Thông tin cá nhân của bạn không bao giờ được công bố."
        ),
    )
    ensure_workflow(index)
    if Question.objects.filter(section=index).exists():
        return  # built before: editors may have changed it since
    now = timezone.now()
    for number, row in enumerate(ANSWERED):
        topic, unit, days_ago, days_taken, title, text, answer = row
        received_at = now - timedelta(days=days_ago, hours=number)
        received_on = timezone.localdate(received_at)
        page = QuestionPage(
            title=title,
            topic=topics[topic],
            asked_on=received_on,
            question_text=text,
            answer=paragraphs(*answer),
            answering_unit=units[unit],
            answered_by=f"{units[unit].name}",
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        deadline = answer_deadline(received_on)
        answered_at = received_at + timedelta(days=days_taken + days_taken // 5 * 2)
        Question.receive(
            section=index,
            topic=topics[topic],
            title=title,
            body=text,
            received_at=received_at,
            consented_at=received_at,
            deadline=deadline,
            unit=units[unit],
            status=QuestionStatus.ANSWERED,
            answer_page=page,
            answered_at=answered_at,
            answer=page.answer,
            answered_by=page.answered_by,
            working_days_taken=working_days_taken(received_at, answered_at),
            **asker(number),
        )
    for number, (topic, unit, days_ago, status, title, text) in enumerate(WAITING, start=50):
        received_at = now - timedelta(days=days_ago)
        question = Question.receive(
            section=index,
            topic=topics[topic],
            title=title,
            body=text,
            received_at=received_at,
            consented_at=received_at,
            deadline=answer_deadline(timezone.localdate(received_at)),
            unit=units[unit],
            status=QuestionStatus.RECEIVED,
            **asker(number),
        )
        if status == QuestionStatus.IN_PROGRESS:
            start_answer(question)  # a draft answer page, waiting for the editor
    original = Question.objects.get(section=index, title=WAITING[0][4])
    Question.receive(
        section=index,
        topic=original.topic,
        title="Mất giấy khai sinh, xin cấp lại",
        body="Giấy khai sinh của tôi bị cháy, tôi muốn xin bản sao.",
        received_at=now - timedelta(days=38),
        deadline=original.deadline,
        status=QuestionStatus.MERGED,
        duplicate_of=original,
        **asker(60),
    )
    Question.receive(
        section=index,
        topic=topics["Hộ tịch"],
        title="Khiếu nại quyết định xử phạt",
        body="Tôi muốn khiếu nại quyết định xử phạt vi phạm giao thông.",
        received_at=now - timedelta(days=12),
        deadline=answer_deadline(timezone.localdate(now - timedelta(days=12))),
        status=QuestionStatus.REJECTED,
        rejection_reason="Nội dung là khiếu nại, không thuộc mục hỏi đáp; xin gửi đơn khiếu nại "
        "đến cơ quan đã ra quyết định xử phạt theo thủ tục giải quyết khiếu nại.",
        **asker(61),
    )
