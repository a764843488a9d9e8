import re

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

CODE = re.compile(r'class="questions-code questions-code--large">([A-Z0-9-]+)<')


def code_in(response):
    found = CODE.search(response.content.decode())
    assert found, response.content.decode()[:3000]
    return found.group(1)


def answer_workflow(section):
    """draft → approved by a leader → published, on the section's answer pages."""
    leaders = Group.objects.create(name="Lãnh đạo Sở")
    leaders.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=leaders, page=section, permission=Permission.objects.get(codename=codename)
        )
    task = GroupApprovalTask.objects.create(name="Lãnh đạo duyệt câu trả lời")
    task.groups.set([leaders])
    workflow = Workflow.objects.create(name="Duyệt câu trả lời")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=section)
    return workflow, leaders


def approve(page, editor, leader):
    """The editor submits the answer; the leader approves it, which publishes it."""
    page = page.specific_class.objects.get(pk=page.pk)
    workflow = page.get_workflow()
    state = workflow.start(page, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, leader, "approve")
    return page.specific_class.objects.get(pk=page.pk)
