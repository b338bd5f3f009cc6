using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Approvals.BusinessTypes;

public static class ApprovalBusinessTypeLocalizerExtensions
{
    /// <summary>The display name of a business type in the current culture; its name when nobody gave it a text.</summary>
    public static string BusinessTypeDisplayName(this IStringLocalizer localizer, string businessType)
    {
        var text = localizer[ApprovalBusinessTypeDefinition.DisplayNameKeyOf(businessType)];
        return text.ResourceNotFound ? businessType : text.Value;
    }
}
