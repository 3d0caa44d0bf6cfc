from .service import NotificationSvc
