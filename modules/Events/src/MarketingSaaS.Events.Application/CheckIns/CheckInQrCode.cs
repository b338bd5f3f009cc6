using System.Text;
using QRCoder;

namespace MarketingSaaS.Events.CheckIns;

/// <summary>
/// The registrant's check-in QR as SVG (QRCoder, no System.Drawing). It encodes the bare check-in code (alphanumeric
/// mode, error correction M), so a desk scanner that types what it reads fills the check-in field directly.
/// </summary>
public static class CheckInQrCode
{
    public const string ContentType = "image/svg+xml";
    public const int PixelsPerModule = 8;

    public static byte[] Svg(string checkInCode)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(checkInCode, QRCodeGenerator.ECCLevel.M);
        using var renderer = new SvgQRCode(data);
        return Encoding.UTF8.GetBytes(renderer.GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true));
    }
}
