"""The protected public form: what every form an anonymous reader sends is built on.

Comments, responses to a notice of candidates, questions, opinions on drafts and a host's own
forms all use it (DESIGN principle 12: a second copy is a defect). The public API is what this
module exports; docs/reference/protected-forms.md shows a whole sub-app form with it.

* :class:`ProtectedForm`: signed fill-time stamp, honeypot, captcha (withheld from crawlers),
  consent, fields never longer than their model columns;
* :class:`ProtectedFormView`: closed → 403, invalid → 400 with the text kept, over a limit →
  429 with ``Retry-After`` (by IP hash and by contact), valid → the sub-app's own answer;
* :class:`from_setting`: a form's or view's number read from a deployment setting;
* :func:`captcha_urlpatterns`: the captcha's picture, audio and refresh under the sub-app's URLs;
* :class:`VietnamesePhoneField`, :func:`phone_digits`: the one telephone check;
* :func:`reader_ip_hash`, :func:`retry_after`, :func:`rate_limit_message`: the limits, for a
  view that cannot use :class:`ProtectedFormView`.

Templates (``wagtail_emulation/reader_forms/``): ``field.html``, ``captcha.html``,
``consent.html``, ``honeypot.html`` (with the stamp), ``error_summary.html``,
``unsent_text.html``; the stylesheet ``wagtail_emulation/reader_forms/reader_forms.css``.
"""

from .captcha import captcha_urlpatterns
from .fields import PhoneNumberValidator, VietnamesePhoneField, phone_digits
from .limits import rate_limit_message, reader_ip_hash, retry_after
from .protection import ProtectedForm, from_setting
from .views import ProtectedFormView

__all__ = [
    "PhoneNumberValidator",
    "ProtectedForm",
    "ProtectedFormView",
    "VietnamesePhoneField",
    "captcha_urlpatterns",
    "from_setting",
    "phone_digits",
    "rate_limit_message",
    "reader_ip_hash",
    "retry_after",
]
