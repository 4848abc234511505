// A phone number as a tel: link whose digit groups always read left to right, even inside Arabic: the number sits in
// <bdi dir="ltr">, so "0800 1111" is never drawn as "1111 0800" (a safety number must be dialled as written).

/** The tel: address of a number as people write it ("0800 1111" → "tel:08001111"). */
export const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/**
 * `sentence` is the link's words with the number already in them (as the translation put it); the number's place in
 * it is isolated. Without `sentence`, the link is the number alone.
 */
export function PhoneNumber({ number, sentence, className }: { number: string; sentence?: string; className?: string }) {
  const digits = <bdi dir="ltr">{number}</bdi>;
  const at = sentence?.indexOf(number) ?? -1;
  return (
    <a href={telHref(number)} className={className}>
      {sentence === undefined ? (
        digits
      ) : at < 0 ? (
        <>
          {sentence} {digits}
        </>
      ) : (
        <>
          {sentence.slice(0, at)}
          {digits}
          {sentence.slice(at + number.length)}
        </>
      )}
    </a>
  );
}
