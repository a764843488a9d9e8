"""django-simple-captcha served from our own URLs, so a host needs no extra ``include``.

simple-captcha reverses its unnamespaced ``captcha-image`` route; ours live under
``wagtail_emulation:comments:``, so the widget builds its URLs from those names instead.
"""

from captcha.conf import settings as captcha_settings
from captcha.fields import CaptchaField, CaptchaTextInput
from captcha.models import CaptchaStore
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

NAMESPACE = "wagtail_emulation:comments:"


def audio_available():
    """Audio needs flite: ``CAPTCHA_FLITE_PATH = "/usr/bin/flite"`` (``apt install flite``)."""
    return bool(captcha_settings.CAPTCHA_FLITE_PATH)


def challenge_urls(key):
    return {
        "key": key,
        "image_url": reverse(NAMESPACE + "captcha-image", kwargs={"key": key}),
        "image_2x_url": reverse(NAMESPACE + "captcha-image-2x", kwargs={"key": key}),
        "audio_url": (
            reverse(NAMESPACE + "captcha-audio", kwargs={"key": key}) if audio_available() else None
        ),
    }


def new_challenge_key():
    if captcha_settings.CAPTCHA_GET_FROM_POOL:
        return CaptchaStore.pick()
    return CaptchaStore.generate_key()


class CommentCaptchaInput(CaptchaTextInput):
    """The image, a refresh button, the audio link (when flite is set up) and the answer box."""

    template_name = "wagtail_emulation/comments/captcha_widget.html"

    def fetch_captcha_store(self, name, value, attrs=None, generator=None):
        self._key = CaptchaStore.generate_key(generator) if generator else new_challenge_key()
        self._value = [self._key, ""]
        self.id_ = self.build_attrs(attrs).get("id", None)

    def image_url(self):
        return challenge_urls(self._key)["image_url"]

    def audio_url(self):
        return challenge_urls(self._key)["audio_url"]

    def refresh_url(self):
        return reverse(NAMESPACE + "captcha-refresh")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context.update(challenge_urls(self._key), refresh_url=self.refresh_url())
        if not captcha_settings.CAPTCHA_2X_IMAGE:
            context["image_2x_url"] = None
        return context


def comment_captcha_field():
    return CaptchaField(
        label=_("Verification code"),
        help_text=_(
            "Type the characters in the picture (not case-sensitive). Cannot read them? "
            "Choose “New code” for another picture."
        ),
        widget=CommentCaptchaInput(),
        error_messages={
            "invalid": _("The verification code is incorrect."),
            "required": _("Type the verification code."),
        },
    )
