"""Wagtail's login form with every word translatable.

Wagtail's ``LoginForm`` redeclares ``password`` without a label, so Django shows the field
name, "Password", in every language; and it puts the username field's verbose name into
"Enter your %(username_field_name)s" as it is, which Vietnamese writes with a capital
("Nhập Tên đăng nhập của bạn"). Point ``WAGTAILADMIN_USER_LOGIN_FORM`` here.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
        name = str(self.username_field.verbose_name)
        self.fields["username"].widget.attrs["placeholder"] = _(
            "Enter your %(username_field_name)s"
        ) % {"username_field_name": name[:1].lower() + name[1:]}
