namespace MarketingSaaS;

/// <summary>Error codes of process templates and processes; also the localization keys of their messages.</summary>
public static class ProcessErrorCodes
{
    public const string TemplateCodeTaken = "Processes:TemplateCodeTaken";
    public const string DraftAlreadyExists = "Processes:DraftAlreadyExists";
    public const string NoDraftToPublish = "Processes:NoDraftToPublish";
    public const string TemplateHasNoSteps = "Processes:TemplateHasNoSteps";
    public const string TemplateNotPublished = "Processes:TemplateNotPublished";
    public const string StepAlreadyCompleted = "Processes:StepAlreadyCompleted";
    public const string EarlierStepsOpen = "Processes:EarlierStepsOpen";
    public const string RequiredDeliverablesMissing = "Processes:RequiredDeliverablesMissing";
    public const string NotStepAssignee = "Processes:NotStepAssignee";
    public const string StepAwaitingApproval = "Processes:StepAwaitingApproval";
    public const string StepNeedsApproval = "Processes:StepNeedsApproval";
    public const string AlreadyStepAssignee = "Processes:AlreadyStepAssignee";
    public const string AssigneeNotFound = "Processes:AssigneeNotFound";
}
