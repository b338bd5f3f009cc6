/** The browser's BarcodeDetector (Chromium on Android, Safari 17+); not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorConstructor | null {
  const value = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return typeof value === 'function' ? value : null;
}

/** Camera scanning is offered only where the browser can detect QR codes and has a camera API; typing the code always works. */
export function qrScanningAvailable(): boolean {
  return detectorClass() !== null && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/** Reads QR codes from the back camera into a video element until one is found or stop() is called. */
export class QrScanner {
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly found: (value: string) => void,
  ) {}

  async start(): Promise<void> {
    const Detector = detectorClass();
    if (!Detector) throw new Error('BarcodeDetector is not available');
    const detector = new Detector({ formats: ['qr_code'] });
    this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    this.video.srcObject = this.stream;
    await this.video.play();
    const tick = async () => {
      if (this.stopped) return;
      try {
        const [first] = await detector.detect(this.video);
        if (first?.rawValue) {
          this.found(first.rawValue);
          return;
        }
      } catch {
        // a frame that cannot be read yet; try the next one
      }
      this.timer = setTimeout(tick, 250);
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
  }
}
