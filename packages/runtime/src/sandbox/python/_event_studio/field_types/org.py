"""Organisation fields: Dept, MultiDept, Member, MultiMember (data-types.md).

Their lookups (leaders, parent departments, member status) read the platform's organisation, which
the sandbox does not have: they raise NotInSandbox. A name is answered when the value itself carries
one (`{"name": …}`, as the studio's sample rows do).
"""
from _event_studio.field_types.base import needs_platform, param
from _event_studio.field_types.text import Stext
from _event_studio.not_in_sandbox import NotInSandbox

_ORG = "looks it up in the platform's organisation"
_SUB_CONFIG = "builds the platform's loop-variable configuration"
_JOIN = ", "


def _items(value):
    return [] if value is None or value == "" else list(value) if isinstance(value, (list, tuple)) else [value]


def _append(self, value):
    """Add one more (or several, given a list) to the list value."""
    self.value = _items(self.value) + _items(value)


class _OrgField(Stext):
    """What Dept and Member share: names read from the value, every lookup refused."""

    __slots__ = ()

    def getName(self):
        """The name(s) the value carries (`{"name": …}`), joined by ", "; a bare id needs the platform."""
        names = []
        for item in _items(self.value):
            if not (isinstance(item, dict) and "name" in item):
                raise NotInSandbox(f"{self.type}.getName() {_ORG} for the id {item!r}; the sandbox has no live JitAI platform to ask")
            names.append(str(item["name"]))
        return _JOIN.join(names)

    def getDisplayValue(self):
        """As getName()."""
        return self.getName()

    getDirectDept = needs_platform("getDirectDept", _ORG)
    getFirstDept = needs_platform("getFirstDept", _ORG)
    getSecondDept = needs_platform("getSecondDept", _ORG)
    getThirdDept = needs_platform("getThirdDept", _ORG)
    getFourthDept = needs_platform("getFourthDept", _ORG)
    getFifthDept = needs_platform("getFifthDept", _ORG)
    belong = needs_platform("belong", _ORG)
    notBelong = needs_platform("notBelong", _ORG)


class Dept(_OrgField):
    """Department: selectionWay/availableDeptId/mulLevelSelectionConfig/availableParentDeptId."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "selectionWay": "custom",
        "availableDeptId": None,
        "mulLevelSelectionConfig": {},
        "availableParentDeptId": None,
        "level": None,
    }
    PRIVATE = ("selectionWay", "availableDeptId", "mulLevelSelectionConfig", "availableParentDeptId", "level")
    selectionWay = param("selectionWay")
    availableDeptId = param("availableDeptId")
    mulLevelSelectionConfig = param("mulLevelSelectionConfig")
    availableParentDeptId = param("availableParentDeptId")
    getLeader = needs_platform("getLeader", _ORG)
    getDeptPath = needs_platform("getDeptPath", _ORG)
    getRankDpt = needs_platform("getRankDpt", _ORG)
    getCompareValue = needs_platform("getCompareValue", "builds a TQL comparison for the platform's database")


class MultiDept(Dept):
    """Departments (a list): as Dept, plus append."""

    __slots__ = ()
    append = _append
    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)


class Member(_OrgField):
    """Member: selectionWay/availableUser/allowLeave/mulLevelSelectionConfig/createDefault/updateDefault."""

    __slots__ = ()
    DEFAULTS = {
        **Stext.DEFAULTS,
        "selectionWay": "custom",
        "availableUser": {},
        "allowLeave": 0,
        "mulLevelSelectionConfig": {},
        "createDefault": False,
        "updateDefault": False,
    }
    PRIVATE = ("selectionWay", "availableUser", "allowLeave", "mulLevelSelectionConfig", "createDefault", "updateDefault")
    selectionWay = param("selectionWay")
    availableUser = param("availableUser")
    allowLeave = param("allowLeave")
    mulLevelSelectionConfig = param("mulLevelSelectionConfig")
    createDefault = param("createDefault")
    updateDefault = param("updateDefault")
    fillBizValue = needs_platform("fillBizValue", "fills the current user while the platform saves a row")
    getRankDept = needs_platform("getRankDept", _ORG)
    getRankLeader = needs_platform("getRankLeader", _ORG)
    getMemberStatus = needs_platform("getMemberStatus", _ORG)
    getDirectLeader = needs_platform("getDirectLeader", _ORG)
    getFirstLeader = needs_platform("getFirstLeader", _ORG)
    getSecondLeader = needs_platform("getSecondLeader", _ORG)
    getThirdLeader = needs_platform("getThirdLeader", _ORG)
    getFourthLeader = needs_platform("getFourthLeader", _ORG)
    getFifthLeader = needs_platform("getFifthLeader", _ORG)
    getAllRankLeader = needs_platform("getAllRankLeader", _ORG)


class MultiMember(Member):
    """Members (a list): as Member, plus append."""

    __slots__ = ()
    append = _append
    generateSubConfig = needs_platform("generateSubConfig", _SUB_CONFIG)


TYPES = {"Dept": Dept, "MultiDept": MultiDept, "Member": Member, "MultiMember": MultiMember}
