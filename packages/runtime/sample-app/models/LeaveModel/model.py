# -*-coding:utf-8-*-
from datatypes.Meta import datatypes
from models.NormalType import NormalModel


class LeaveModel(NormalModel):
    id = datatypes.AutoInt(name="id", title="ID", primaryKey=True, readOnly=1)
    leaveNo = datatypes.Serial(name="leaveNo", title="Request No", prefix="LV")
    applicant = datatypes.Member(name="applicant", title="Applicant")
    dept = datatypes.Dept(name="dept", title="Department")
    leaveType = datatypes.Dropdown(
        name="leaveType", title="Leave Type", options=["annual", "sick", "personal", "maternity"]
    )
    startDate = datatypes.Date(name="startDate", title="Start Date")
    endDate = datatypes.Date(name="endDate", title="End Date")
    days = datatypes.Numeric(name="days", title="Days", decimal=1)
    reason = datatypes.Ltext(name="reason", title="Reason")
    # Written by events.leaveHandled
    approvalStatus = datatypes.Stext(name="approvalStatus", title="Approval Status", default="pending")
    transferNote = datatypes.Stext(name="transferNote", title="Transfer Note")
    submittedAt = datatypes.Datetime(name="submittedAt", title="Submitted At")

    class Meta:
        modelType = "NormalType"
        name = "LeaveModel"
        title = "Leave Request"
        db = "databases.Default"
        dataTitle = "leaveNo"
        dbTable = "LeaveModel"
        unionIndexList = []
        unionUniqueList = []
