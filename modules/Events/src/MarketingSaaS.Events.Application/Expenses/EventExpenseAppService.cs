using MarketingSaaS.Blobs;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Events.Expenses;

public sealed class EventExpenseAppService(
    IMarketingEventRepository events,
    IEventExpenseRepository expenses,
    EventExpenseManager manager,
    IOwnedFileStore files,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IEventExpenseAppService
{
    public async Task<IReadOnlyList<EventExpenseDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(marketingEventId, cancellationToken);
        return [.. (await expenses.GetListByEventAsync(marketingEventId, cancellationToken)).Select(e => e.ToDto())];
    }

    public async Task<EventExpenseDto> GetAsync(Guid expenseId, CancellationToken cancellationToken = default)
    {
        var expense = await expenses.FindAsync(expenseId, cancellationToken) ?? throw new EntityNotFoundException(typeof(EventExpense), expenseId);
        var (_, found) = await GetAsync(expense.MarketingEventId, expenseId, cancellationToken);
        return found.ToDto();
    }

    public async Task<EventExpenseDto> CreateAsync(Guid marketingEventId, CreateEventExpenseDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var expense = await manager.CreateAsync(
            marketingEvent,
            new EventExpenseDraft(input.BudgetLineId!.Value, input.Amount, input.Currency, input.SpentOn!.Value, input.Note),
            currentUser.Id!.Value,
            cancellationToken);
        await expenses.InsertAsync(expense, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return expense.ToDto();
    }

    public async Task<EventExpenseDto> UpdateAsync(Guid marketingEventId, Guid expenseId, UpdateEventExpenseDto input, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, expense) = await GetAsync(marketingEventId, expenseId, cancellationToken);
        await manager.ChangeAsync(marketingEvent, expense, input.Amount, input.Note, cancellationToken);
        await expenses.UpdateAsync(expense, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return expense.ToDto();
    }

    public async Task DeleteAsync(Guid marketingEventId, Guid expenseId, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, expense) = await GetAsync(marketingEventId, expenseId, cancellationToken);
        await manager.DeleteAsync(marketingEvent, expense, cancellationToken);
        var receipt = await FindReceiptAsync(expense, cancellationToken);
        if (receipt is not null)
        {
            await files.RemoveAsync(receipt, cancellationToken);
        }

        await expenses.DeleteAsync(expense, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (receipt is not null)
        {
            await files.DeleteContentAsync(receipt, cancellationToken);
        }
    }

    public async Task<BlobFileDto> UploadReceiptAsync(Guid marketingEventId, Guid expenseId, Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, expense) = await GetAsync(marketingEventId, expenseId, cancellationToken);
        EventExpenseManager.EnsureOpen(marketingEvent);
        var previous = await FindReceiptAsync(expense, cancellationToken);
        var receipt = await files.AddAsync<EventReceiptsContainer>(content, fileName, EventExpenseConsts.ReceiptOwnerType, expense.Id, cancellationToken);
        if (previous is not null)
        {
            await files.RemoveAsync(previous, cancellationToken);
        }

        expense.AttachReceipt(receipt.Id);
        await expenses.UpdateAsync(expense, cancellationToken: cancellationToken);
        await files.SaveAddedAsync(receipt, cancellationToken);
        if (previous is not null)
        {
            await files.DeleteContentAsync(previous, cancellationToken);
        }

        return receipt.ToDto();
    }

    public async Task<BlobDownloadDto> DownloadReceiptAsync(Guid marketingEventId, Guid expenseId, CancellationToken cancellationToken = default)
    {
        var (_, expense) = await GetAsync(marketingEventId, expenseId, cancellationToken);
        var receipt = await FindReceiptAsync(expense, cancellationToken) ?? throw new EntityNotFoundException(typeof(OwnedFile), expenseId);
        return await files.OpenReadAsync(receipt, cancellationToken);
    }

    private async Task<OwnedFile?> FindReceiptAsync(EventExpense expense, CancellationToken cancellationToken) =>
        expense.ReceiptFileId is { } fileId
            ? await files.FindAsync(EventExpenseConsts.ReceiptOwnerType, expense.Id, fileId, cancellationToken)
            : null;

    private async Task<(MarketingEvent Event, EventExpense Expense)> GetAsync(Guid marketingEventId, Guid expenseId, CancellationToken cancellationToken)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var expense = await expenses.FindAsync(expenseId, cancellationToken);
        return expense is not null && expense.MarketingEventId == marketingEvent.Id
            ? (marketingEvent, expense)
            : throw new EntityNotFoundException(typeof(EventExpense), expenseId);
    }
}
