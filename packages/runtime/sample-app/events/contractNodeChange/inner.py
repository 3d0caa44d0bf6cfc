from jit.commons.utils.logger import log

def handleMultiNodeChange(eventOutData, triggerNode):
    """
    Handle multi-node change event
    Parameters:
    eventOutData: Event data
    triggerNode: Triggered node ID
    """
    if triggerNode == "deptApproval":
        handleDeptApproval(eventOutData)
    elif triggerNode == "managerApproval":
        handleManagerApproval(eventOutData)
    elif triggerNode == "directorApproval":
        handleDirectorApproval(eventOutData)

def handleDeptApproval(eventOutData):
    """The contract reached the department head"""
    row = eventOutData.row
    log.info(f"Contract {row.contractNo.value} is awaiting department approval")
    markStage(row, "dept")

def handleManagerApproval(eventOutData):
    """The contract reached the manager"""
    row = eventOutData.row
    log.info(f"Contract {row.contractNo.value} is awaiting manager approval")
    markStage(row, "manager")

def handleDirectorApproval(eventOutData):
    """The contract reached the director; large contracts get a warning in the log"""
    row = eventOutData.row
    if row.amount.value and row.amount.value >= 1000000:
        log.warning(f"Contract {row.contractNo.value} amount {row.amount.value} needs director sign-off")
    else:
        log.info(f"Contract {row.contractNo.value} is awaiting director approval")
    markStage(row, "director")

def markStage(row, stage):
    """Record which approval stage the contract is in"""
    row.approvalStage.value = stage
    row.save()
