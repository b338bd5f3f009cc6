using MarketingSaaS.Membership.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Purchases;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("Purchases");
        builder.Property(p => p.Amount).HasPrecision(PurchaseConsts.AmountPrecision, PurchaseConsts.AmountScale);
        builder.Property(p => p.RefundedAmount).HasPrecision(PurchaseConsts.AmountPrecision, PurchaseConsts.AmountScale);
        builder.Property(p => p.Currency).HasMaxLength(PurchaseConsts.CurrencyLength).IsRequired();
        builder.Property(p => p.Category).HasMaxLength(PurchaseConsts.MaxCategoryLength);
        builder.Property(p => p.OrderNumber).HasMaxLength(PurchaseConsts.MaxOrderNumberLength);
        builder.Ignore(p => p.RemainingAmount);
        builder.HasIndex(p => new { p.TenantId, p.MemberId, p.PurchasedAt });
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("Refunds");
        builder.Property(r => r.Amount).HasPrecision(PurchaseConsts.AmountPrecision, PurchaseConsts.AmountScale);
        builder.Property(r => r.Currency).HasMaxLength(PurchaseConsts.CurrencyLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(PurchaseConsts.MaxReasonLength);
        builder.HasIndex(r => new { r.TenantId, r.PurchaseId });
    }
}
