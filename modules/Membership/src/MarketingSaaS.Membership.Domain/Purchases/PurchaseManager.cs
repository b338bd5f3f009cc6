using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Money;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Membership.Points;
using MarketingSaaS.Membership.Settings;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Membership.Purchases;

/// <summary>
/// Records purchases (in the company currency; each earns points by the company's rule) and refunds (never more than
/// what is left of the purchase; each takes back its share of the purchase's points). Both under the member's ledger lock.
/// </summary>
public sealed class PurchaseManager(IPurchaseRepository purchases, PointsManager points, ISettingProvider settings, TimeProvider clock)
{
    public const string DefaultCurrency = "CNY";

    public async Task<Purchase> RecordAsync(Guid memberId, DateTimeOffset purchasedAt, decimal amount, string? category, string? orderNumber, CancellationToken cancellationToken = default)
    {
        var currency = await CompanyCurrencyAsync(cancellationToken);
        MoneyAmounts.Ensure("amount", amount, currency);
        if (purchasedAt > clock.GetUtcNow())
        {
            throw new BusinessException(MembershipErrorCodes.PurchaseInFuture);
        }

        var ledger = await points.OpenAsync(memberId, cancellationToken);
        var purchase = new Purchase(SequentialGuid.Create(), memberId, purchasedAt.ToUniversalTime(), amount, currency, category, orderNumber);
        await purchases.InsertAsync(purchase, cancellationToken);

        var amountPerPoint = await settings.GetIntAsync(MembershipSettings.AmountPerPoint, MembershipSettings.DefaultAmountPerPoint, cancellationToken);
        var months = await settings.GetIntAsync(MembershipSettings.PointsExpiryMonths, MembershipSettings.DefaultPointsExpiryMonths, cancellationToken);
        ledger.Earn(purchase.Id, PointsFor(amount, amountPerPoint), purchase.PurchasedAt, purchase.PurchasedAt.AddMonths(months));
        await points.SaveAsync(ledger, cancellationToken);
        return purchase;
    }

    public async Task<Refund> RefundAsync(Guid memberId, Guid purchaseId, decimal amount, string? reason, CancellationToken cancellationToken = default)
    {
        var ledger = await points.OpenAsync(memberId, cancellationToken);
        var purchase = await purchases.GetAsync(purchaseId, cancellationToken);
        if (purchase.MemberId != memberId)
        {
            throw new EntityNotFoundException(typeof(Purchase), purchaseId);
        }

        MoneyAmounts.Ensure("amount", amount, purchase.Currency);
        if (amount > purchase.RemainingAmount)
        {
            throw new BusinessException(MembershipErrorCodes.RefundExceedsPurchase, new Dictionary<string, object?>
            {
                ["remaining"] = purchase.RemainingAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = purchase.Currency,
            });
        }

        var refund = new Refund(SequentialGuid.Create(), purchase.Id, memberId, clock.GetUtcNow(), amount, purchase.Currency, reason);
        purchase.AddRefund(amount);
        await purchases.UpdateAsync(purchase, cancellationToken: cancellationToken);
        await purchases.InsertRefundAsync(refund, cancellationToken);

        var keep = (int)Math.Floor(ledger.EarnedBy(purchase.Id) * purchase.RemainingAmount / purchase.Amount);
        ledger.Reverse(purchase.Id, ledger.StillEarnedBy(purchase.Id) - keep);
        await points.SaveAsync(ledger, cancellationToken);
        return refund;
    }

    public async Task<string> CompanyCurrencyAsync(CancellationToken cancellationToken = default) =>
        await settings.GetOrNullAsync(MarketingSaaSSettings.Currency, cancellationToken) ?? DefaultCurrency;

    /// <summary>One point per whole <paramref name="amountPerPoint"/> of the amount (rounded down).</summary>
    public static int PointsFor(decimal amount, int amountPerPoint) =>
        (int)Math.Min(int.MaxValue, Math.Floor(amount / amountPerPoint));
}
