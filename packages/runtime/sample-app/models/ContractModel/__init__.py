from .model import ContractModel
