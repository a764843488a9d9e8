"""The schedule as an iCalendar (RFC 5545) feed, written with the ``icalendar`` package.

Events keep their UID across edits (the item's id and the site's host); DTSTAMP and
LAST-MODIFIED are the time readers last saw a change, so the same schedule gives the same
bytes (no METHOD: RFC 5545 makes DTSTAMP the last revision then)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from .conf import app_settings


def _local(day, time):
    return datetime.datetime.combine(day, time, tzinfo=timezone.get_default_timezone())


def item_event(item, host, page_url):
    event = Event()
    event.add("uid", f"lich-cong-tac-{item.pk}@{host}")
    event.add("dtstamp", item.updated_at)
    event.add("last-modified", item.updated_at)
    event.add("created", item.first_published_at)
    start = _local(item.date, item.start_time)
    event.add("dtstart", start)
    if item.end_time and item.end_time > item.start_time:
        event.add("dtend", _local(item.date, item.end_time))
    else:
        minutes = app_settings.WORK_SCHEDULE_DEFAULT_DURATION_MINUTES
        event.add("dtend", start + datetime.timedelta(minutes=minutes))
    event.add("summary", " ".join(item.content.split())[:200])
    lines = [item.content]
    if item.chaired_by:
        lines.append(gettext("Chaired by: %(name)s") % {"name": item.chaired_by})
    if item.attendees:
        lines.append(gettext("Attendees: %(names)s") % {"names": item.attendees})
    if item.preparing_unit_id:
        lines.append(gettext("Preparing unit: %(unit)s") % {"unit": item.preparing_unit.name})
    event.add("description", "\n".join(lines))
    if item.place:
        event.add("location", item.place)
    if page_url:
        event.add("url", page_url)
    return event


def feed_bytes(page, request, items, chair=None):
    today = timezone.localdate()
    first = today - datetime.timedelta(days=app_settings.WORK_SCHEDULE_FEED_PAST_DAYS)
    last = today + datetime.timedelta(days=app_settings.WORK_SCHEDULE_FEED_FUTURE_DAYS)
    limit = app_settings.WORK_SCHEDULE_FEED_MAX_EVENTS
    chosen = list(
        items.between(first, last)
        .select_related("preparing_unit")
        .order_by("-date", "-start_time", "-pk")[:limit]
    )
    chosen.reverse()
    site = page.get_site()
    host = site.hostname if site else request.get_host()
    page_url = page.get_full_url(request)
    calendar = Calendar()
    calendar.add("prodid", "-//wagtail-emulation//work schedule//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = page.title if chair is None else f"{page.title} – {chair}"
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(timezone.get_default_timezone()))
    for item in chosen:
        calendar.add_component(item_event(item, host, page_url))
    if hasattr(calendar, "add_missing_timezones"):
        calendar.add_missing_timezones()  # a VTIMEZONE for Asia/Ho_Chi_Minh
    return calendar.to_ical()
