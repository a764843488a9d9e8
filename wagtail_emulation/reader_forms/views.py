"""The view of a protected public form: one answer for every case a reader can meet.

GET → the form (200). POST → "New code" without JavaScript: the form again with the text and a
new picture (200); the form closed: 403 with the text given back; invalid: 400, the form again
with every typed character; over a rate limit: 429 with ``Retry-After``; valid: whatever the
sub-app's :meth:`ProtectedFormView.form_valid` answers. Never cached: the answers carry a CSRF
token and a captcha key.
"""

from django.shortcuts import render
from django.views import View

from ..http import no_store
from .limits import rate_limit_message, reader_ip_hash, retry_after


class ProtectedFormView(View):
    """Base view of a :class:`~wagtail_emulation.reader_forms.ProtectedForm`.

    Set :attr:`form_class`, :attr:`template_name`, :attr:`ip_hash_purpose` and
    :attr:`rate_limit_scope`; give the limits (:attr:`ip_rate_limit`, and
    :attr:`contact_rate_limit` with :attr:`contact_field`); implement :meth:`form_valid`.
    Look up what the form is about in :meth:`prepare` (raise ``Http404`` there).
    """

    http_method_names = ["get", "post"]
    form_class = None
    template_name = None
    #: The keyed-hash purpose of the reader's IP address (e.g. ``"comments.ip"``); the hash is
    #: ``self.ip_hash``, to store with what the reader sent.
    ip_hash_purpose = None
    #: The prefix of the rate-limit counters: ``"<scope>:ip"`` and ``"<scope>:<contact_field>"``.
    rate_limit_scope = None
    #: The form field that says who the reader is (``"email"``, ``"phone"``), or ``None``.
    contact_field = None
    #: ``(sendings, seconds)`` one IP address, and one contact, may make (``None``: no limit);
    #: usually ``from_setting(app_settings, "…")`` (a method returning the pair works too).
    ip_rate_limit = None
    contact_rate_limit = None

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        self.ip_hash = reader_ip_hash(request, self.ip_hash_purpose)
        self.prepare(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    # --- what a subclass provides --------------------------------------------------------------

    def prepare(self, **url_kwargs):
        """Look up what the form is about from the URL's arguments (``Http404`` if none)."""

    def is_open(self):
        """False once the form is closed: a post is refused with 403 and the text given back."""
        return True

    def get_form_kwargs(self):
        """Keyword arguments of the form besides its data (e.g. ``page=self.page``)."""
        return {}

    def get_context_data(self, form, **extra):
        return {"view": self, "form": form, "is_open": self.is_open(), **extra}

    def form_valid(self, form):
        """Save what was sent and answer (a redirect to a thank-you page, a fragment…)."""
        raise NotImplementedError(f"{type(self).__name__} must say what a valid form does")

    # --- the flow ------------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form(), 200)

    def post(self, request, *args, **kwargs):
        if "refresh_captcha" in request.POST:
            # The "New code" button without JavaScript: the same text back, no errors yet.
            return self.render_form(self.get_form(initial=request.POST.dict()), 200)
        form = self.get_form(data=request.POST)
        if not self.is_open():
            return self.render_form(form, 403)  # the template says so and gives the text back
        if not form.is_valid():
            form.mark_invalid_fields()
            return self.render_form(form, 400)
        wait = retry_after(self.rate_limit_scope, self.rate_limit_counts(form))
        if wait:
            form.add_error(None, rate_limit_message(wait))
            response = self.render_form(form, 429)
            response["Retry-After"] = str(wait)
            return response
        return self.form_valid(form)

    def get_form(self, data=None, initial=None):
        return self.form_class(data, initial=initial, **self.get_form_kwargs())

    def rate_limit_counts(self, form):
        """The counts this sending adds to: by IP hash, and by contact when one is given."""
        counts = [("ip", self.ip_hash, _value(self.ip_rate_limit))]
        if self.contact_field:
            field = form.fields[self.contact_field]
            value = form.cleaned_data.get(self.contact_field) or ""
            identity = (
                field.contact_identity(value)
                if hasattr(field, "contact_identity")
                else value.strip().lower()
            )
            counts.append((self.contact_field, identity, _value(self.contact_rate_limit)))
        return [(kind, identity, limit) for kind, identity, limit in counts if limit]

    def render_form(self, form, status, **extra):
        form.withhold_challenge_from_crawler(self.request)
        context = self.get_context_data(form, **extra)
        return no_store(render(self.request, self.template_name, context, status=status))


def _value(limit):
    return limit() if callable(limit) else limit
