from django.urls import reverse

from wagtail_emulation.comments.models import ReaderComment


def test_post_then_list(client, article, form_data, render_block):
    url = reverse("wagtail_emulation:comments:page", args=[article.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, form_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    comment = ReaderComment.objects.get()
    assert comment.status == "pending"
    html = render_block(article)
    assert "Bình luận (0)" in html
