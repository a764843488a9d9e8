"""``runserver`` for ``make demo`` with a longer listen queue.

Django's development server accepts 10 pending connections; forty readers voting at the same
moment had their connections reset before the portal saw them. The demo is meant to show the
embedded default (SQLite, one process) serving a department's readers, so its queue matches a
production server's.
"""

from django.contrib.staticfiles.management.commands.runserver import Command as StaticRunserver
from django.core.servers.basehttp import WSGIServer


class DemoWSGIServer(WSGIServer):
    request_queue_size = 1024


class Command(StaticRunserver):
    server_cls = DemoWSGIServer
