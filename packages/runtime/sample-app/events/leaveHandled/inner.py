from jit.commons.utils.logger import log

def handleMultipleActions(eventOutData, handleType, nodeId, nodeTitle):
    """
    Handle multiple handle type events
    Parameters:
    eventOutData: Event data
    handleType: Handle type
    nodeId: Node ID
    nodeTitle: Node title
    """
    row = eventOutData.row
    if handleType == HandleTypeEnum.agree:
        processApproval(row, "approved")
    elif handleType == HandleTypeEnum.reject:
        processApproval(row, "rejected")
    elif handleType == HandleTypeEnum.transfer:
        processTransfer(row, nodeTitle)

def processApproval(row, status):
    """Write the HR decision onto the leave request"""
    log.info(f"Leave request {row.leaveNo.value} ({row.days.value} days) {status}")
    row.approvalStatus.value = status
    row.save()

def processTransfer(row, nodeTitle):
    """Note that the request was handed to another approver"""
    log.info(f"Leave request {row.leaveNo.value} transferred at {nodeTitle}")
    row.transferNote.value = f"Transferred at {nodeTitle}"
    row.save()
