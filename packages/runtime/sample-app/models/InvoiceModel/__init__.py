from .model import InvoiceModel
