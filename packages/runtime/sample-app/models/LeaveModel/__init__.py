from .model import LeaveModel
