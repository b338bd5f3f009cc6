namespace MarketingSaaS.Approvals;

/// <summary>Error codes of approval requests; also the localization keys of their messages.</summary>
public static class ApprovalEngineErrorCodes
{
    public const string ActiveRequestExists = "MarketingSaaS:ActiveApprovalRequestExists";
    public const string RequestNotPending = "MarketingSaaS:ApprovalRequestNotPending";
    public const string RequestNotReturned = "MarketingSaaS:ApprovalRequestNotReturned";
    public const string NotAnApprover = "MarketingSaaS:NotAnApprover";
    public const string NotCurrentApprover = "MarketingSaaS:NotCurrentApprover";
    public const string NotTheRequester = "MarketingSaaS:NotTheApprovalRequester";
    public const string ReminderAlreadySent = "MarketingSaaS:ApprovalReminderAlreadySent";
    public const string AlreadyDecided = "MarketingSaaS:ApprovalAlreadyDecided";
    public const string CommentRequired = "MarketingSaaS:ApprovalCommentRequired";
    public const string AmountChangeNotAllowed = "MarketingSaaS:ApprovalAmountChangeNotAllowed";
    public const string InvalidReturnStage = "MarketingSaaS:InvalidApprovalReturnStage";
    public const string ReturnStageNotAllowed = "MarketingSaaS:ApprovalReturnStageNotAllowed";
    public const string AmountUnchanged = "MarketingSaaS:ApprovalAmountUnchanged";
    public const string RequesterUnitNotHeld = "MarketingSaaS:ApprovalRequesterUnitNotHeld";
    public const string BudgetUnitNotHeld = "MarketingSaaS:ApprovalBudgetUnitNotHeld";
}
