# -*-coding:utf-8-*-
from datatypes.Meta import datatypes
from models.NormalType import NormalModel


class ContractModel(NormalModel):

    # Primary key
    id = datatypes.AutoInt(name="id", title="ID", primaryKey=True, readOnly=1)

    # Contract basics
    contractNo = datatypes.Serial(title="Contract No", name="contractNo", unique=True, prefix="CT")
    contractName = datatypes.Stext(name="contractName", title="Contract Name", maxLen=200)
    contractType = datatypes.Dropdown(
        name="contractType",
        title="Contract Type",
        options=["sales", "purchase", "service", "framework"],
    )
    partyA = datatypes.Stext(name="partyA", title="Party A")
    partyB = datatypes.Stext(name="partyB", title="Party B")
    amount = datatypes.Money(name="amount", title="Contract Amount", decimal=2)
    signDate = datatypes.Date(name="signDate", title="Sign Date")
    startDate = datatypes.Date(name="startDate", title="Start Date")
    endDate = datatypes.Date(name="endDate", title="End Date")

    # Approval tracking, updated by events.contractNodeChange
    approvalStage = datatypes.Stext(name="approvalStage", title="Approval Stage", default="draft")
    owner = datatypes.Member(name="owner", title="Owner")
    reviewers = datatypes.MultiMember(name="reviewers", title="Reviewers")
    attachment = datatypes.File(name="attachment", title="Signed Copy")
    createdAt = datatypes.Datetime(name="createdAt", title="Created At", readOnly=1)

    class Meta:
        modelType = "NormalType"
        name = "ContractModel"
        title = "Contract"
        db = "databases.Default"
        dataTitle = "contractName"
        dbTable = "ContractModel"
        unionIndexList = []
        unionUniqueList = []
