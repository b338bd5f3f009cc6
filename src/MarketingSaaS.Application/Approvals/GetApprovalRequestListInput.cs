using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Dtos;

namespace MarketingSaaS.Approvals;

public sealed class GetApprovalRequestListInput : PagedInput
{
    public const string WaitingForMe = "waiting-for-me";
    public const string DecidedByMe = "decided-by-me";
    public const string SubmittedByMe = "submitted-by-me";

    [RegularExpression("^(waiting-for-me|decided-by-me|submitted-by-me)$")]
    public string? View { get; set; }
}
