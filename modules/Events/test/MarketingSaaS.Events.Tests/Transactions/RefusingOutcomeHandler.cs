using System.Collections.Concurrent;
using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Tests.Transactions;

/// <summary>
/// A module's outcome handler that saves everything decided so far (the platform's decision and the Events
/// module's own handler's change) and then refuses, for the requests a test names.
/// </summary>
public sealed class RefusingOutcomeHandler(IUnitOfWork unitOfWork) : IApprovalOutcomeHandler
{
    public const string ErrorCode = "Tests:OutcomeRefused";

    public static ConcurrentDictionary<Guid, bool> RefusedRequests { get; } = new();

    public string SubjectModule => "Events";

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (RefusedRequests.ContainsKey(outcome.RequestId))
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            throw new BusinessException(ErrorCode);
        }
    }
}
