using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Approvals;

/// <summary>
/// Approves each request in its own scope and transaction, exactly as <c>POST /{id}/approve</c> would, so one request
/// decided meanwhile (or not the caller's to decide) is reported and the others are still approved.
/// </summary>
public static class ApprovalBulkApproval
{
    public static async Task<IReadOnlyList<BulkApprovalOutcomeDto>> ApproveAsync(
        BulkApproveDto input, IServiceScopeFactory scopes, ErrorTextFormatter texts, CancellationToken cancellationToken)
    {
        var outcomes = new List<BulkApprovalOutcomeDto>();
        foreach (var id in input.RequestIds.Distinct())
        {
            outcomes.Add(await ApproveOneAsync(id, input.Comment, scopes, texts, cancellationToken));
        }

        return outcomes;
    }

    private static async Task<BulkApprovalOutcomeDto> ApproveOneAsync(
        Guid id, string? comment, IServiceScopeFactory scopes, ErrorTextFormatter texts, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var requests = scope.ServiceProvider.GetRequiredService<IApprovalRequestAppService>();
        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            await requests.DecideAsync(id, ApprovalDecisionType.Approved, new ApprovalActionDto { Comment = comment }, cancellationToken);
            await transaction.CommitAsync(CancellationToken.None);
            return new BulkApprovalOutcomeDto(id, true, StatusCodes.Status200OK);
        }
        catch (BusinessException e)
        {
            return new BulkApprovalOutcomeDto(id, false, e.StatusCode, e.Code, texts.Format(e.Code, e.Details));
        }
        catch (EntityNotFoundException)
        {
            return new BulkApprovalOutcomeDto(id, false, StatusCodes.Status404NotFound, "Framework:EntityNotFound", texts.Format("Framework:EntityNotFound", new Dictionary<string, object?> { ["entity"] = "ApprovalRequest", ["id"] = id }));
        }
        catch (ConcurrencyException)
        {
            return new BulkApprovalOutcomeDto(id, false, StatusCodes.Status409Conflict, "Framework:ConcurrencyConflict", texts.Format("Framework:ConcurrencyConflict"));
        }
    }
}
