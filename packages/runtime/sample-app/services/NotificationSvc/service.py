# -*-coding:utf-8-*-
from jit.commons.utils.logger import log
from services.NormalType import NormalService


class NotificationSvc(NormalService):

    def sendApprovalNotification(self, eventOutData, *args):
        """Tell the people concerned that an approval changed status."""
        row = eventOutData.row
        status = eventOutData.status.value
        # Invoices carry the customer's address; other models are notified without one
        recipient = row.customerEmail.value if hasattr(row, "customerEmail") else None
        subject = f"Approval {status}"
        log.info(f"Sending approval notification '{subject}' to {recipient or 'the applicant'}")
        return {"sent": True, "recipient": recipient, "subject": subject, "status": status}
