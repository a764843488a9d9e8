import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from ...models import OfficialReply, ReaderComment
from ...moderation import delete_comments


def comment_record(comment, reply):
    return {
        "id": comment.pk,
        "page": {"id": comment.page_id, "title": comment.page.title, "url": comment.page.full_url},
        "name": comment.name,
        "email": comment.email,
        "body": comment.body,
        "status": comment.status,
        "sent_at": comment.created_at,
        "consent_given_at": comment.consented_at,
        "ip_address_hash": comment.ip_hash,
        "official_reply": (
            {"body": reply.body, "written_at": reply.created_at, "updated_at": reply.updated_at}
            if reply
            else None
        ),
    }


class Command(BaseCommand):
    help = (
        "Answer a data-subject request: export (JSON) or delete everything stored about the "
        "comments sent with one e-mail address."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", action="store_true", help="Print the data as JSON.")
        action.add_argument("--delete", action="store_true", help="Delete the comments.")
        parser.add_argument("--output", help="Write the export to this file instead.")

    def handle(self, *args, email, export, delete, output=None, **options):
        email = email.strip()
        if "@" not in email:
            raise CommandError("Give a full e-mail address.")
        comments = ReaderComment.objects.filter(email__iexact=email).select_related("page")
        if delete:
            count = delete_comments(list(comments.values_list("pk", flat=True)))
            self.stdout.write(f"Deleted {count} comment(s) sent with {email}.")
            return
        replies = {r.comment_id: r for r in OfficialReply.objects.filter(comment__in=comments)}
        data = {
            "email": email,
            "exported_at": timezone.now(),
            "comments": [comment_record(c, replies.get(c.pk)) for c in comments.order_by("pk")],
        }
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stdout.write(f"Wrote {len(data['comments'])} comment(s) to {output}.")
        else:
            self.stdout.write(text)
