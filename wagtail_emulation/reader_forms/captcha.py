"""The captcha of every public reader form: django-simple-captcha under the sub-app's own URLs.

A sub-app includes :func:`captcha_urlpatterns` in its ``urls.py`` (so a host needs no extra
``include``) and names that namespace in its form's ``captcha_namespace``; simple-captcha
reverses its unnamespaced ``captcha-image`` route, so the widget builds its URLs from the
sub-app's namespace instead. The widget's template is
``wagtail_emulation/reader_forms/captcha_widget.html``.
"""

from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from ..http import no_store


def captcha_urlpatterns():
    """simple-captcha's image and audio views, and a fresh challenge as JSON, under the
    including app's namespace (``captcha-image``, ``captcha-image-2x``, ``captcha-audio``,
    ``captcha-refresh``)."""
    from captcha import views as captcha_views
    from django.urls import path, re_path

    return [
        re_path(
            r"^captcha/image/(?P<key>\w+)/$",
            captcha_views.captcha_image,
            {"scale": 1},
            name="captcha-image",
        ),
        re_path(
            r"^captcha/image/(?P<key>\w+)@2/$",
            captcha_views.captcha_image,
            {"scale": 2},
            name="captcha-image-2x",
        ),
        re_path(
            r"^captcha/audio/(?P<key>\w+)\.wav$", captcha_views.captcha_audio, name="captcha-audio"
        ),
        path("captcha/refresh/", captcha_refresh_view, name="captcha-refresh"),
    ]


@require_GET
def captcha_refresh_view(request):
    """A new challenge as JSON for the "New code" button (never cached)."""
    namespace = f"{request.resolver_match.namespace}:"
    return no_store(JsonResponse(challenge_urls(namespace, new_challenge_key())))


def audio_available():
    """Audio needs flite: ``CAPTCHA_FLITE_PATH = "/usr/bin/flite"`` (``apt install flite``)."""
    from captcha.conf import settings as captcha_settings

    return bool(captcha_settings.CAPTCHA_FLITE_PATH)


def challenge_urls(namespace, key):
    """The picture (and audio) of challenge ``key`` under ``namespace`` (``"app:sub:"``)."""
    return {
        "key": key,
        "image_url": reverse(namespace + "captcha-image", kwargs={"key": key}),
        "image_2x_url": reverse(namespace + "captcha-image-2x", kwargs={"key": key}),
        "audio_url": (
            reverse(namespace + "captcha-audio", kwargs={"key": key}) if audio_available() else None
        ),
    }


def new_challenge_key():
    from captcha.conf import settings as captcha_settings
    from captcha.models import CaptchaStore

    if captcha_settings.CAPTCHA_GET_FROM_POOL:
        return CaptchaStore.pick()
    return CaptchaStore.generate_key()


def hidden_input_attrs(attrs):
    """``attrs`` less what HTML forbids on ``<input type="hidden">``: the field's ``required``,
    ``autocomplete`` and ``aria-*`` (they belong on the answer box, which keeps them)."""
    return {
        key: value
        for key, value in attrs.items()
        if key not in ("required", "autocomplete") and not key.startswith("aria-")
    }


def _captcha_input_class():
    from captcha.conf import settings as captcha_settings
    from captcha.fields import CaptchaTextInput
    from captcha.models import CaptchaStore

    class ReaderCaptchaInput(CaptchaTextInput):
        """The picture, a "New code" button (a submit button without JavaScript), the audio
        link (when flite is set up) and the answer box."""

        template_name = "wagtail_emulation/reader_forms/captcha_widget.html"

        def __init__(self, namespace, *args, **kwargs):
            self.namespace = namespace
            super().__init__(*args, **kwargs)

        def fetch_captcha_store(self, name, value, attrs=None, generator=None):
            self._key = CaptchaStore.generate_key(generator) if generator else new_challenge_key()
            self._value = [self._key, ""]
            self.id_ = self.build_attrs(attrs).get("id", None)

        def image_url(self):
            return challenge_urls(self.namespace, self._key)["image_url"]

        def audio_url(self):
            return challenge_urls(self.namespace, self._key)["audio_url"]

        def refresh_url(self):
            return reverse(self.namespace + "captcha-refresh")

        def get_context(self, name, value, attrs):
            context = super().get_context(name, value, attrs)
            for subwidget in context["widget"]["subwidgets"]:
                if subwidget["type"] == "hidden":
                    subwidget["attrs"] = hidden_input_attrs(subwidget["attrs"])
            context.update(challenge_urls(self.namespace, self._key))
            context["refresh_url"] = self.refresh_url()
            if not captcha_settings.CAPTCHA_2X_IMAGE:
                context["image_2x_url"] = None
            return context

    return ReaderCaptchaInput


def reader_captcha_field(namespace):
    """The captcha field of a reader form whose app serves :func:`captcha_urlpatterns` under
    ``namespace`` (e.g. ``"wagtail_emulation:comments:"``)."""
    from captcha.fields import CaptchaField

    return CaptchaField(
        label=_("Verification code"),
        help_text=_(
            "Type the characters in the picture (not case-sensitive). Cannot read them? "
            "Choose “New code” for another picture."
        ),
        widget=_captcha_input_class()(namespace),
        error_messages={
            "invalid": _("The verification code is incorrect."),
            "required": _("Type the verification code."),
        },
    )
