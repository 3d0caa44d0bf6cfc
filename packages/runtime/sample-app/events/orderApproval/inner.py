from jit.commons.utils.logger import log

def handleOrderApproval(eventOutData):
    """
    Handle order approval event
    Parameters:
    eventOutData: Event output data, containing row (approval row data) and status (approval status)
    """
    try:
        row = eventOutData.row
        status = eventOutData.status.value
        log.info(f"Order {row.orderNo.value} approval status changed to: {status}")
        if status == "approved":
            processApprovedOrder(row)
        elif status == "rejected":
            processRejectedOrder(row)
    except Exception as e:
        log.exception(f"Exception handling order approval event: {e}")
        raise

def processApprovedOrder(row):
    """Process approved order"""
    row.status.value = "processing"
    row.save()

def processRejectedOrder(row):
    """Process rejected order"""
    row.status.value = "cancelled"
    row.save()
