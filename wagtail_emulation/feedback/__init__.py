"""The contract between pages and reader feedback (ratings, comments, visit counts).

Everything here belongs to the core, so a content sub-app or a host page type can take reader
feedback without depending on a feedback sub-app, and a feedback sub-app plugs in through
:mod:`wagtail_emulation.hooks` without the core knowing it:

* :mod:`.mixins` — page mixins that carry only the per-page switch fields, and the panel that
  shows them with whatever the installed feedback sub-apps add;
* :mod:`.switches` — whether a feature is on for a page (per page type, then per page);
* :mod:`.widgets` — ``{% reader_feedback page %}``, the widgets sub-apps register;
* :mod:`.state` — the parts of the per-reader state endpoint's answer.
"""
