namespace MarketingSaaS.Approvals;

public interface IApprovalBusinessTypeAppService
{
    IReadOnlyList<ApprovalBusinessTypeDto> GetList();
}
