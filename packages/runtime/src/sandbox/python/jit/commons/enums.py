"""Enums handlers compare against. HandleTypeEnum is also a builtin, as the platform's examples use it unimported."""
from enum import StrEnum


class HandleTypeEnum(StrEnum):
    """The actions an approver can take on a node, in both documentation revisions' vocabularies.

    A StrEnum, so members equal their plain strings (`HandleTypeEnum.agree == "agree"`) and format as them.
    """

    # seed vocabulary
    agree = "agree"
    reject = "reject"
    transfer = "transfer"
    # newer revision's vocabulary (agree and reject are shared)
    submit = "submit"
    manualEnd = "manualEnd"
    refuse = "refuse"
    transmit = "transmit"
    cancel = "cancel"
