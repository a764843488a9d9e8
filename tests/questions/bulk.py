"""Many questions and answer pages at once, for the scale test and the benchmark.

Pages are written as the tree would write them (see ``tests/legal_documents/bulk.py``):
``Page`` rows with ``bulk_create``, the question-page rows with one ``executemany``. Only for
tests and benchmarks: editors' pages go through ``add_child`` and the workflow.
"""

import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from wagtail_emulation.questions import codes
from wagtail_emulation.questions.models import Question, QuestionPage, QuestionStatus

SUBJECTS = ["đăng ký khai sinh", "chứng thực bản sao", "hợp đồng lao động", "thừa kế đất đai"]


def bulk_answer_pages(section, topics, count, batch=5000, first_day=date(2020, 1, 1)):
    content_type = ContentType.objects.get_for_model(QuestionPage)
    section.refresh_from_db()
    start = section.numchild
    now = timezone.now()
    columns = list(QuestionPage._meta.local_concrete_fields)
    table = connection.ops.quote_name(QuestionPage._meta.db_table)
    names = ", ".join(connection.ops.quote_name(f.column) for f in columns)
    marks = ", ".join(["%s"] * len(columns))
    insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - names from the model
    for offset in range(0, count, batch):
        size = min(batch, count - offset)
        pages, rows = [], []
        for n in range(start + offset + 1, start + offset + size + 1):
            title = f"Hỏi về {SUBJECTS[n % len(SUBJECTS)]} (số {n})"
            slug = f"hoi-dap-{n}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(section.path, section.depth + 1, n),
                    depth=section.depth + 1,
                    numchild=0,
                    url_path=f"{section.url_path}{slug}/",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=section.locale_id,
                    translation_key=uuid.uuid4(),
                )
            )
            rows.append(
                {
                    "topic_id": topics[n % len(topics)].pk,
                    "asked_on": first_day + timedelta(days=n % 2500),
                    "question_text": f"Tôi muốn hỏi về {SUBJECTS[n % len(SUBJECTS)]}.",
                    "answer": "<p>Bạn liên hệ Bộ phận một cửa để được hướng dẫn.</p>",
                    "answer_document_id": None,
                    "answered_by": "Phòng Phổ biến, giáo dục pháp luật",
                }
            )
        created = Page.objects.bulk_create(pages)
        values = []
        for page, row in zip(created, rows, strict=True):
            full = {f.attname: f.get_default() for f in columns}
            full.update(row, page_ptr_id=page.pk)
            values.append([f.get_db_prep_save(full[f.attname], connection) for f in columns])
        with connection.cursor() as cursor:
            cursor.executemany(insert, values)
    Page.objects.filter(pk=section.pk).update(numchild=start + count)
    section.refresh_from_db()


def bulk_questions(section, topics, count, batch=5000):
    """``count`` questions, every third one answered, each under a distinct random code."""
    now = timezone.now()
    made = 0
    # Random codes may repeat (the birthday bound: about one chance in 170 for 100,000);
    # the unique index would refuse the whole batch, so a repeat is drawn again here.
    seen = set(Question.objects.values_list("code", flat=True))
    while made < count:
        size = min(batch, count - made)
        questions = []
        for n in range(made, made + size):
            code = codes.new_code()
            while code in seen:
                code = codes.new_code()
            seen.add(code)
            answered = n % 3 == 0
            questions.append(
                Question(
                    section=section,
                    topic=topics[n % len(topics)],
                    code=code,
                    code_digest=codes.digest(code),
                    title=f"Câu hỏi số {n}",
                    body="Nội dung câu hỏi.",
                    full_name="Người hỏi",
                    received_at=now - timedelta(days=n % 400),
                    deadline=(now - timedelta(days=n % 400 - 14)).date(),
                    status=QuestionStatus.ANSWERED if answered else QuestionStatus.RECEIVED,
                    answered_at=now if answered else None,
                    working_days_taken=n % 12 if answered else None,
                    answer="<p>Trả lời.</p>" if answered else "",
                )
            )
        Question.objects.bulk_create(questions)
        made += size
