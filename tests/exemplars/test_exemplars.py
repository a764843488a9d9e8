import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from wagtail_emulation.exemplars.models import ExemplarStage, ExemplarStoryPage, SubjectKind

from ..campaigns.builders import exemplar, exemplar_index


def listed_titles(html):
    return re.findall(r'emulation-listing__title"><a href="[^"]+">([^<]+)<', html)


def test_story_page_renders(client, demo):
    html = client.get(
        "/guong-dien-hinh-tien-tien/phong-ly-lich-tu-phap-ve-dich-som-chi-tieu-truc-tuyen/"
    ).content.decode()
    assert "Tổng kết (2023)" in html
    assert "Khen thưởng đã nhận" in html
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Quyết định số 2150/QĐ-UBND)" in html
    assert '"about": {"@type": "Organization"' in html


def test_demo_has_one_story_at_each_stage(demo):
    stages = set(ExemplarStoryPage.objects.live().values_list("stage", flat=True))
    assert stages == set(ExemplarStage.values)


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", 4),
        ("?stage=nurtured", 1),
        ("?year=2023", 2),
        ("?kind=collective", 2),
        ("?kind=person&year=2025", 1),
        ("?stage=bogus", 4),
    ],
)
def test_index_filters(client, demo, query, count):
    html = client.get("/guong-dien-hinh-tien-tien/" + query).content.decode()
    assert len(listed_titles(html)) == count


def test_photo_is_shown_only_with_consent(client, home):
    index = exemplar_index(home)
    photo = Image.objects.create(title="Chân dung", file=get_test_image_file())
    story = exemplar(index, "Anh A", photo=photo, subject_kind=SubjectKind.PERSON)
    html = client.get(story.url).content.decode()
    assert "exemplar__photo" not in html and "og:image" not in html
    assert '"image"' not in html

    story.photo_consent = True
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "exemplar__photo" in html
    assert '<meta property="og:image"' in html


def test_publishing_prepares_the_renditions(home):
    index = exemplar_index(home)
    photo = Image.objects.create(title="Chân dung", file=get_test_image_file())
    exemplar(index, "Chị B", photo=photo, photo_consent=True)
    assert set(photo.renditions.values_list("filter_spec", flat=True)) == {
        "fill-1200x630",
        "fill-320x400",
        "fill-320x180",  # the listing thumbnail
    }


def test_the_listing_shows_the_photo_only_with_consent(home, client):
    index = exemplar_index(home)
    photo = Image.objects.create(title="Chân dung", file=get_test_image_file())
    story = exemplar(index, "Chị C", photo=photo, photo_consent=False)
    assert "emulation-listing__thumbnail" not in client.get(index.url).content.decode()

    story.photo_consent = True
    story.save_revision().publish()
    html = client.get(index.url).content.decode()
    thumbnail = re.search(r'<img [^>]*class="emulation-listing__thumbnail"[^>]*>', html).group()
    assert 'alt=""' in thumbnail and 'width="320"' in thumbnail


def test_year_is_validated_in_vietnamese(db):
    page = ExemplarStoryPage(title="X", subject_name="X", story="<p>x</p>", year=1800)
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        page.clean_fields()
    assert "1945" in caught.value.message_dict["year"][0]
    assert "Đảm bảo" in caught.value.message_dict["year"][0]


def test_listing_summary_keeps_paragraphs_apart(client, demo):
    html = client.get("/guong-dien-hinh-tien-tien/").content.decode()
    assert "trong năm 2023. Đưa vào sử dụng" in html
