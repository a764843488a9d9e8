from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from wagtail.models import Site

from ..site_settings import read_portal_settings
from ..sites import for_site
from .people import Person
from .vcard import person_vcard, vcard_filename


@require_safe
def vcard(request, person_id):
    """A person in post as a vCard file; an archived person, or one of another site's
    units, is not found."""
    people = Person.objects.current().select_related("unit")
    site = Site.find_for_request(request)
    if site is not None:
        people = for_site(people, site)
    person = get_object_or_404(people, pk=person_id)
    if not person.phone and not person.email:
        raise Http404
    agency = read_portal_settings(request).agency_name
    response = HttpResponse(person_vcard(person, agency), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{vcard_filename(person)}"'
    return response
