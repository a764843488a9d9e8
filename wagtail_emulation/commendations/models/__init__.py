"""The emulation cycle: catalogue, organisation, registrations, decisions, notices, pages."""

from .catalogue import Award, AwardKind, RecipientKind
from .decisions import Decision, DecisionRecipient, DecisionStatus, DecisionStory
from .notices import CandidateNoticePage, NoticeCandidate, NoticeResponse, NoticeStatus
from .organisation import ClusterMember, EmulationCluster
from .pages import DecisionIndexPage, HonourBoardPage, RegistrationTablePage
from .registrations import Registration, RegistrationRound

__all__ = [
    "Award",
    "AwardKind",
    "CandidateNoticePage",
    "ClusterMember",
    "Decision",
    "DecisionIndexPage",
    "DecisionRecipient",
    "DecisionStatus",
    "DecisionStory",
    "EmulationCluster",
    "HonourBoardPage",
    "NoticeCandidate",
    "NoticeResponse",
    "NoticeStatus",
    "RecipientKind",
    "Registration",
    "RegistrationRound",
    "RegistrationTablePage",
]
