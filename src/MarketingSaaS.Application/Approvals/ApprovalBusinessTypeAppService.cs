using MarketingSaaS.Approvals.BusinessTypes;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalBusinessTypeAppService(ApprovalBusinessTypeDefinitionManager businessTypes, IStringLocalizer localizer) : IApprovalBusinessTypeAppService
{
    public IReadOnlyList<ApprovalBusinessTypeDto> GetList() =>
        [.. businessTypes.All.Select(t => new ApprovalBusinessTypeDto(t.Name, localizer.BusinessTypeDisplayName(t.Name)))];
}
