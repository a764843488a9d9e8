"""What every public form readers fill in shares: the captcha, the honeypot and the fill time.

Reader comments and the responses to a notice of candidates (and a host's own form) use the
same protections, so they live in the core and a sub-app never imports another:

* a django-simple-captcha challenge served from the sub-app's own URLs
  (:func:`captcha_urlpatterns` in its ``urls.py``, :func:`reader_captcha_field` in its form),
  so a host needs no extra ``include``; simple-captcha reverses its unnamespaced
  ``captcha-image`` route, so the widget builds its URLs from the sub-app's namespace instead;
* :class:`ProtectedFormMixin`: a signed stamp of when the form was served (refused when sent
  back too soon or too late) and a honeypot field only scripts fill in.

The templates are ``wagtail_emulation/reader_forms/field.html`` (one field with its label,
help and error) and ``captcha_widget.html``; the stylesheet is
``wagtail_emulation/reader_forms/reader_forms.css``.
"""

import time

from django.core import signing
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from .http import no_store

HONEYPOT = "homepage"


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


class ProtectedFormMixin:
    """A form dated by a signed stamp, with a honeypot; for ``forms.Form`` subclasses.

    The form must declare ``started`` (a hidden ``CharField``) and ``homepage`` (a
    ``CharField``, rendered out of sight); set ``stamp_salt`` per form, and read
    :meth:`stamp_age` in ``clean()`` to refuse a form sent back too soon (a script) or too
    late (expired), with the form's own wording.
    """

    stamp_salt = None
    #: Seconds after which a served form is refused as expired.
    stamp_max_age = 24 * 3600
    #: True once :meth:`withhold_challenge_from_crawler` left the captcha out.
    challenge_withheld = False

    @classmethod
    def new_stamp(cls):
        return signing.dumps(time.time(), salt=cls.stamp_salt)

    def init_stamp(self):
        """Call at the end of ``__init__``: keep a valid stamp the reader sent back."""
        self.stamp = self._valid_stamp() or self.new_stamp()

    def withhold_challenge_from_crawler(self, request):
        """Leave the captcha out of the form served to a crawler. simple-captcha stores a row
        for every challenge it renders and a crawler never answers one; templates test
        ``form.challenge_withheld``. Call it only to render: a sent form is always checked
        with its captcha, so nothing gets in without one."""
        from captcha.fields import CaptchaField

        from .crawlers import names_a_crawler

        if not names_a_crawler(request):
            return
        for name, field in list(self.fields.items()):
            if isinstance(field, CaptchaField):
                del self.fields[name]
        self.challenge_withheld = True

    def stamp_age(self):
        """Seconds since the form was served, or ``None`` when the stamp is missing or forged."""
        value = self.data.get("started", "") if self.is_bound else ""
        try:
            started = signing.loads(value, salt=self.stamp_salt, max_age=self.stamp_max_age)
        except signing.BadSignature:
            return None
        return time.time() - float(started)

    def _valid_stamp(self):
        return self.data.get("started") if self.is_bound and self.stamp_age() is not None else None

    @property
    def trap_filled(self):
        return bool(self.is_bound and self.data.get(HONEYPOT, "").strip())

    def mark_invalid_fields(self):
        """Point each invalid field at its error message for screen readers."""
        for name in self.errors:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            described = [f"id_{name}_error"]
            if self.fields[name].help_text:
                described.append(f"id_{name}_helptext")
            widget.attrs["aria-invalid"] = "true"
            widget.attrs["aria-describedby"] = " ".join(described)
