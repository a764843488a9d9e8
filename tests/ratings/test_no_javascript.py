"""The plain form: posts, comes back to the page with a thank-you, or shows itself again."""

from wagtail_emulation.ratings.models import Rating

from .helpers import add_page, post_form, turn_ratings_off_for


def test_form_post_redirects_back_to_the_page_with_a_thank_you(rated_page, browser_client):
    response = post_form(browser_client(), rated_page, {"score": "5"})

    assert response.status_code == 303
    assert response["Location"] == f"{rated_page.url}#emulation-rating-thanks-{rated_page.pk}"
    assert response.cookies["emulation_rater"]["httponly"]
    assert Rating.objects.get().score == 5


def test_the_thank_you_is_in_the_cached_html_and_shown_by_its_anchor(rated_page):
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get(rated_page.url)
    html = Template("{% load wagtail_emulation %}{% rating_widget page %}").render(
        Context({"page": rated_page, "request": request})
    )

    assert f'id="emulation-rating-thanks-{rated_page.pk}"' in html
    assert "Cảm ơn bạn đã đánh giá trang này." in html


def test_missing_choice_shows_the_form_again_with_the_error(rated_page, browser_client):
    response = post_form(browser_client(), rated_page, {})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert">Hãy chọn từ 1 đến 5 sao rồi gửi đánh giá.</p>' in html
    assert f'aria-describedby="emulation-rating-error-{rated_page.pk}"' in html
    assert " checked" not in html
    assert "no-store" in response["Cache-Control"]
    assert not Rating.objects.exists()


def test_out_of_range_choice_is_not_kept(rated_page, browser_client):
    response = post_form(browser_client(), rated_page, {"score": "9"})

    assert response.status_code == 400
    assert "Đánh giá phải từ 1 đến 5 sao." in response.content.decode()
    assert " checked" not in response.content.decode()


def test_closed_page_says_so(site, browser_client):
    page = add_page(site.root_page, "Sơ đồ cổng thông tin", "so-do")
    turn_ratings_off_for(site, "testapp.hostpage")

    response = post_form(browser_client(), page, {"score": "3"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "Trang này không nhận đánh giá." in html
    assert f'href="{page.url}"' in html
