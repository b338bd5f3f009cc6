namespace MarketingSaaS.Approvals;

/// <summary>
/// Implemented by a module to hear how its requests ended. Registered as a scoped service; called for
/// requests whose ApprovalRequest.SubjectModule equals <see cref="SubjectModule"/> (ignoring case),
/// inside the unit of work of the deciding call: a handler's changes are saved together with the decision,
/// and a handler that throws fails the decision. The platform's handlers that hear every module (the budget's, which
/// commits an approved request's amount) run before the subject module's, so a module's handler finds that commitment.
/// </summary>
public interface IApprovalOutcomeHandler
{
    string SubjectModule { get; }

    Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken);

    /// <summary>
    /// The request was returned to its requester for revision (Status = Returned); it may be resubmitted later. Optional:
    /// most modules simply wait for the final outcome.
    /// </summary>
    Task OnReturnedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
